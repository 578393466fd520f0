"""Sampling that starts from the retrieved example (SDEdit) and edit training."""

from __future__ import annotations

import dataclasses

import pytest
import torch

from cf_assistant.diffusion import literals
from cf_assistant.retrieval import neighbours
from cf_assistant.diffusion import targets
from cf_assistant.diffusion import sampler
from cf_assistant.config import preset
from cf_assistant.data import Record
from cf_assistant.errors import BadInputError
from cf_assistant.training.losses import codefusion_loss
from cf_assistant.diffusion.network import CodeFusion
from cf_assistant.diffusion.scheduler import SqrtScheduler
from tests.conftest import train_tiny_neighbour_model


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _model(tok, neighbour_len=8):
    cfg = preset("tiny", "cf").model
    torch.manual_seed(0)
    return CodeFusion(dataclasses.replace(cfg, vocab_size=tok.vocab_size,
                                          neighbour_len=neighbour_len)).eval()


def test_timesteps_can_start_part_way():
    s = SqrtScheduler(1200)
    assert s.set_timesteps(1, 240).tolist() == [240]
    ts = s.set_timesteps(4, 240).tolist()
    assert ts[0] == 240 and ts[-1] == 0 and ts == sorted(ts, reverse=True)
    assert s.set_timesteps(5, 2).tolist() == [2, 1, 0]  # each timestep once
    assert s.set_timesteps(3).tolist()[0] == 1199  # the default start is unchanged
    with pytest.raises(BadInputError, match="first sampling timestep"):
        s.set_timesteps(2, 1200)


def test_noised_start_is_the_code_embedding_noised_and_pure_noise_without_one(tok):
    model = _model(tok)
    s = SqrtScheduler(1200)
    L, D = model.cfg.code_len, model.cfg.emb_dim
    eps = torch.randn(2, L, D, generator=torch.Generator().manual_seed(3))
    start = targets.padded_ids(tok, ["GreaterThan(5)", ""], L)
    x = sampler._noised_start(model, s, eps, start, 10)
    expected = s.add_noise(model.embed(start[0][:1]), eps[:1], torch.tensor([10]))
    assert torch.allclose(x[0], expected[0])
    assert torch.equal(x[1], eps[1])


def test_sampling_from_a_start_runs_from_its_timestep(tok):
    model = _model(tok)
    s = SqrtScheduler(preset("tiny", "cf").diffusion.steps)
    L = model.cfg.code_len
    start = targets.padded_ids(tok, ["GreaterThan(5)"] * 2, L)
    seen: list[int] = []
    out = sampler.generate(model, s, tok, ["cells greater than 5"], 2, 3,
                           start=start, strength=0.5, trace=lambda t, *a: seen.append(t))
    assert seen[0] == round(0.5 * (s.T - 1)) and seen[-1] == 0
    assert sorted(c.draw for c in out[0]) == [0, 1]
    seen.clear()  # strength 1: the paper's start, pure noise at T-1, whatever the start code
    sampler.generate(model, s, tok, ["cells greater than 5"], 2, 3, start=start, strength=1.0,
                     trace=lambda t, *a: seen.append(t))
    assert seen[0] == s.T - 1


def test_partial_placeholders_keep_only_the_slots_the_request_can_fill():
    own = literals.Literals(("10",), ("a.txt", "/tmp"))
    given = literals.Literals(("7",), ("b.txt",))
    code = "find <Q1> -name <Q0> -size +<N0>k"
    assert literals.from_placeholders_partial(code, own, given) == "find /tmp -name <Q0> -size +<N0>k"
    none = literals.Literals((), ())
    assert literals.from_placeholders_partial(code, own, none) == "find /tmp -name a.txt -size +10k"


def test_bank_fits_a_neighbour_to_the_request(pairs):
    records = [Record(id=i, utterance=u, code=c, lang="cf") for i, (u, c) in enumerate(pairs)]
    bank = neighbours.ExampleBank(records, "cf", use_literals=True, canonical=False)
    idx = bank.nearest_indices(["cells greater than 9"], 2)[0]
    assert [bank.targets[i] for i in idx] == bank.nearest(["cells greater than 9"], 2)[0]
    i = idx[0]
    assert bank.targets[i] == "GreaterThan(<N0>)"
    assert bank.fitted(i, literals.extract("cells greater than 9")) == "GreaterThan(<N0>)"
    assert bank.fitted(i, literals.extract("large cells")) == "GreaterThan(5)"  # its own 5


def test_edit_rows_start_from_the_neighbour_and_the_others_from_the_target(tok):
    model = _model(tok)
    s = SqrtScheduler(1200)
    L = model.cfg.code_len
    y = targets.targets(tok, ["GreaterThan(5)", "LessThan(12)"], L)
    start = targets.targets(tok, ["Top(10)", "Blanks()"], L)
    rows = torch.tensor([True, False])
    E_s, E_pad = model.with_neighbours(*model.encode(["cells greater than 5", "values below 12"]),
                                       None, None)
    captured = {}
    denoise = model.denoise

    def spy(x_t, t, *rest):
        captured["x_t"], captured["t"] = x_t, t
        return denoise(x_t, t, *rest)

    model.denoise = spy
    codefusion_loss(model, s, y, E_s, E_pad, torch.Generator().manual_seed(5),
                    start=start, start_rows=rows, start_t=40)
    g = torch.Generator().manual_seed(5)  # the loss's draws, in its order
    x0 = model.embed(y)
    eps = torch.randn(x0.shape, generator=g)
    t = torch.randint(0, s.T, (2,), generator=g)
    t_edit = torch.randint(0, 41, (2,), generator=g)
    assert captured["t"].tolist() == [t_edit[0].item(), t[1].item()]
    edit = s.add_noise(model.embed(start[:1]), eps[:1], t_edit[:1])
    plain = s.add_noise(x0[1:], eps[1:], t[1:])
    assert torch.allclose(captured["x_t"][0], edit[0]) and torch.allclose(captured["x_t"][1], plain[0])


def test_edit_training_needs_x0_prediction(tok):
    model = _model(tok)
    s = SqrtScheduler(1200, prediction="eps")
    y = targets.targets(tok, ["GreaterThan(5)"], model.cfg.code_len)
    E_s, E_pad = model.with_neighbours(*model.encode(["cells greater than 5"]), None, None)
    with pytest.raises(ValueError, match="x0 prediction"):
        codefusion_loss(model, s, y, E_s, E_pad, None, start=y, start_rows=torch.tensor([True]))


def test_edit_training_runs_and_the_generator_samples_from_the_examples(data_dir, tmp_path,
                                                                       monkeypatch):
    from cf_assistant.data import load_split
    from cf_assistant.generators.diffusion import DiffusionGenerator

    result = train_tiny_neighbour_model(data_dir, tmp_path / "r", steps=3, edit_fraction=1.0,
                                        edit_strength=0.1)
    assert result.steps == {"finetune": 3} and all(l == l for l in result.losses)
    train, _ = load_split(data_dir / "cf" / "train.json", "train", "cf")
    gen = DiffusionGenerator("cf", train_records=train, checkpoint=tmp_path / "r", steps=2,
                             strength=0.0, oversample=2)
    calls = []
    original = sampler.generate

    def spy(*args, **kw):
        calls.append(kw)
        return original(*args, **kw)

    monkeypatch.setattr(sampler, "generate", spy)
    got = gen.generate_scored(["cells greater than 5"], 3)[0]
    assert len(got) <= 3 and calls[0]["strength"] == 0.0
    start_ids, _ = calls[0]["start"]
    assert start_ids.shape == (6, gen.loaded.config.model.code_len)  # k * oversample: 2 per example
    assert torch.equal(start_ids[0], start_ids[1]) and not torch.equal(start_ids[0], start_ids[2])


def test_cli_refuses_edit_training_without_a_retrieval_context(cli, tmp_path):
    code, _, err = cli("train", "--lang", "cf", "--preset", "tiny", "--edit-fraction", "0.5",
                       "--dry-run")
    assert code == 2 and "--neighbours" in err and "Traceback" not in err
    code, _, err = cli("train", "--lang", "cf", "--preset", "tiny", "--edit-fraction", "1.5",
                       "--neighbours", "8", "--dry-run")
    assert code == 2 and "between 0 and 1" in err
    code, _, err = cli("train", "--lang", "cf", "--preset", "tiny", "--t-max", "2", "--dry-run")
    assert code == 2 and "--t-max must be between 0 and 1" in err
    code, _, err = cli("train", "--lang", "cf", "--preset", "tiny", "--edit-near", "0.7",
                       "--neighbours", "8", "--dry-run")
    assert code == 2 and "--edit-near needs edit training" in err


def test_bench_takes_a_strength_and_saves_it_in_the_command(data_dir, tmp_path, cli):
    import json

    train_tiny_neighbour_model(data_dir, tmp_path / "r")
    args = ["bench", "--lang", "cf", "--data", str(data_dir / "cf" / "train.json"), "--split",
            "train", "--generator", "diffusion", "--checkpoint", str(tmp_path / "r"), "--steps",
            "2", "-k", "2", "--no-embedding-diversity", "--no-progress", "--json", "--out",
            str(tmp_path / "res")]
    code, out, err = cli(*args, "--strength", "0.05")
    assert code == 0, err
    assert "--strength 0.05" in json.loads(out)["command"]
    code, _, err = cli(*args, "--strength", "2")
    assert code == 2 and "--strength must be between 0 and 1" in err
    code, out, err = cli(*args, "--strength", "0", "--rerank", "0.5")
    assert code == 0, err
    assert "--rerank 0.5" in json.loads(out)["command"]
    code, _, err = cli(*args, "--rerank", "-1")
    assert code == 2 and "--rerank must be 0 or more" in err


def test_a_strength_outside_0_to_1_is_refused(data_dir, tmp_path):
    from cf_assistant.generators.diffusion import DiffusionGenerator

    train_tiny_neighbour_model(data_dir, tmp_path / "r", steps=1)
    for bad in (1.5, -0.1, "half"):
        with pytest.raises(BadInputError, match="strength"):
            DiffusionGenerator("cf", checkpoint=tmp_path / "r", strength=bad, neighbours=False)
    for bad in (-0.1, "some", float("nan")):
        with pytest.raises(BadInputError, match="rerank weight"):
            DiffusionGenerator("cf", checkpoint=tmp_path / "r", rerank=bad, neighbours=False)


def test_t_high_keeps_training_timesteps_at_the_low_noise_end(tok):
    model = _model(tok)
    s = SqrtScheduler(1200)
    y = targets.targets(tok, ["GreaterThan(5)"] * 64, model.cfg.code_len)
    E_s, E_pad = model.with_neighbours(*model.encode(["cells greater than 5"] * 64), None, None)
    seen = []
    denoise = model.denoise
    model.denoise = lambda x_t, t, *rest: (seen.append(t), denoise(x_t, t, *rest))[1]
    codefusion_loss(model, s, y, E_s, E_pad, torch.Generator().manual_seed(0), t_high=61)
    codefusion_loss(model, s, y, E_s, E_pad, torch.Generator().manual_seed(0))
    assert int(seen[0].max()) <= 60 and int(seen[1].max()) > 60


def test_sampling_from_the_examples_keeps_their_order_and_fits_only_then(data_dir, tmp_path,
                                                                         monkeypatch):
    from cf_assistant.data import load_split
    from cf_assistant.generators.diffusion import DiffusionGenerator

    train_tiny_neighbour_model(data_dir, tmp_path / "r", steps=1)
    train, _ = load_split(data_dir / "cf" / "train.json", "train", "cf")
    calls = []

    def fake(model, sched, tok, utts, n_draw, *args, **kw):  # later draws score higher
        calls.append(kw)
        return [[sampler.Sample(f"Top({d})", float(d), (), d) for d in range(n_draw)]]

    monkeypatch.setattr(sampler, "generate", fake)
    ordered = DiffusionGenerator("cf", train_records=train, checkpoint=tmp_path / "r",
                                 strength=0.0, oversample=2)
    assert ordered.keeps_order
    # example i's two draws (2i, 2i+1) stay together, nearest example first, best draw first
    assert [c for c, _ in ordered.generate_scored(["values above 7"], 3)[0]] == \
        ["Top(1)", "Top(0)", "Top(3)"]
    noise = DiffusionGenerator("cf", train_records=train, checkpoint=tmp_path / "r",
                               strength=1.0, oversample=2)
    assert not noise.keeps_order
    assert [c for c, _ in noise.generate_scored(["values above 7"], 3)[0]] == \
        ["Top(5)", "Top(4)", "Top(3)"]  # by score
    assert calls[0]["start"] is not None and calls[1]["start"] is None
    # a slot the request cannot fill: the example's own literal from the examples, the slot
    # from pure noise (as the model was trained)
    request = ["values below some limit"]  # names no number; its nearest example has a slot
    assert ordered._neighbour_codes(request, request, 1) == ["LessThan(12)"] * 2
    assert noise._neighbour_codes(request, request, 1) == ["LessThan(<N0>)"] * 2


def test_near_edit_picks_each_pairs_most_similar_neighbour_or_none(tok):
    from cf_assistant.training.loop import closest_neighbours

    pairs = [("cells above 5", "GreaterThan(5)"), ("empty cells", "Blanks()")]
    near = [["Top(10)", "GreaterThan(7)", "LessThan(5)"], ["Top(10)", "Duplicates()"]]
    assert closest_neighbours(tok, pairs, near, 0.5) == ["GreaterThan(7)", ""]
    assert closest_neighbours(tok, pairs, near, 0.0)[1] in near[1]  # any, when nothing is required


def test_near_edit_rows_start_from_and_read_their_closest_neighbour(tok, monkeypatch):
    from cf_assistant.training import losses
    from cf_assistant.training.loop import finetune_loss

    model = _model(tok)
    cfg = preset("tiny", "cf")
    cfg = cfg.replace(model=model.cfg, train=dataclasses.replace(
        cfg.train, edit_fraction=1.0, edit_near=0.5, neighbour_dropout=0.0))
    seen = {}

    def fake_loss(model, sched, y, E_s, E_pad, g, mask, self_cond, start, rows, *rest):
        seen["start"], seen["rows"] = start, rows
        return "loss"

    def spy(E_s, E_pad, ids, pad):
        seen["read"] = ids
        return E_s, E_pad

    monkeypatch.setattr(losses, "codefusion_loss", fake_loss)
    monkeypatch.setattr(model, "with_neighbours", spy)
    pairs = [("cells above 5", "GreaterThan(5)"), ("empty cells", "Blanks()")]
    near = [["Top(10)", "Top(3)"], ["Top(10)"]]
    closest = ["GreaterThan(7)", ""]  # the first pair edits its closest; the second has none
    assert finetune_loss(model, SqrtScheduler(1200), tok, cfg, pairs,
                         torch.Generator().manual_seed(0), lambda u: model.encode(u), near,
                         closest) == "loss"
    assert seen["rows"].tolist() == [True, False]
    L = model.cfg.code_len
    assert torch.equal(seen["start"][0], targets.targets(tok, ["GreaterThan(7)"], L)[0])
    assert torch.equal(seen["read"][0], targets.padded_ids(tok, ["GreaterThan(7)"],
                                                           model.cfg.neighbour_len)[0][0])
    assert torch.equal(seen["read"][1], targets.padded_ids(tok, ["Top(10)"],
                                                           model.cfg.neighbour_len)[0][0])


def test_near_edit_training_runs(data_dir, tmp_path):
    result = train_tiny_neighbour_model(data_dir, tmp_path / "r", steps=2, edit_fraction=1.0,
                                        edit_near=0.3)
    assert result.steps == {"finetune": 2} and all(l == l for l in result.losses)


def test_code_likelihood_is_a_per_row_mean_log_probability(tok):
    model = _model(tok)
    s = SqrtScheduler(1200)
    codes = ["GreaterThan(5)", "GreaterThan(5)", "Blanks()"]
    ids, pad = targets.padded_ids(tok, codes, model.cfg.code_len)
    lik = sampler.code_likelihood(model, s, ["cells above 5", "empty cells"], [0, 0, 1], ids, pad)
    assert lik.shape == (3,) and bool((lik <= 0).all())
    assert torch.allclose(lik[0], lik[1])  # same code, same request, same seeded noise
    other = sampler.code_likelihood(model, s, ["cells above 5", "empty cells"], [1, 1, 1], ids,
                                    pad)
    assert not torch.allclose(lik[0], other[0])  # each row reads its own request
    assert torch.equal(lik, sampler.code_likelihood(model, s, ["cells above 5", "empty cells"],
                                                    [0, 0, 1], ids, pad))
    alone = sampler.code_likelihood(model, s, ["empty cells"], [0], ids[2:], pad[2:])
    assert torch.allclose(alone[0], lik[2], atol=1e-5)  # nothing else in the batch matters


def test_rerank_orders_the_examples_by_similarity_plus_the_models_likelihood(
        data_dir, tmp_path, monkeypatch):
    from cf_assistant.data import load_split
    from cf_assistant.generators.diffusion import DiffusionGenerator

    train_tiny_neighbour_model(data_dir, tmp_path / "r", steps=1)
    train, _ = load_split(data_dir / "cf" / "train.json", "train", "cf")

    def gen(**kw):
        g = DiffusionGenerator("cf", train_records=train, checkpoint=tmp_path / "r",
                               oversample=1, **kw)
        g.rerank_pool = 3
        return g

    request = ["values above 7"]
    by_similarity = gen(strength=0.0, rerank=0.0)._neighbour_codes(request, request, 3)
    seen = []

    def fake(model, sched, utts, owners, ids, pad, **kw):  # the model prefers the third example
        seen.append(len(owners))
        return torch.tensor([0.0, 0.0, 1.0] * len(utts))

    monkeypatch.setattr(sampler, "code_likelihood", fake)
    assert gen(strength=0.0, rerank=1.0)._neighbour_codes(request, request, 2) == \
        [by_similarity[2], by_similarity[0]]
    assert gen(strength=0.0, rerank=1e-6)._neighbour_codes(request, request, 2) == \
        by_similarity[:2]  # a likelihood weight too small to beat the similarity gaps
    assert seen == [3, 3]
    # from pure noise the examples are read as the model was trained: nearest first
    assert gen(strength=1.0, rerank=1.0)._neighbour_codes(request, request, 2) == \
        gen(strength=1.0, rerank=0.0)._neighbour_codes(request, request, 2)
    assert seen == [3, 3]  # and the model's likelihood is not asked for
