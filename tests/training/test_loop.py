from __future__ import annotations

import dataclasses

import pytest

from cf_assistant.diffusion import checkpoint
from cf_assistant.diffusion import sampler
from cf_assistant.config import preset
from cf_assistant.training.loop import Options, run


def _cfg(steps: int, **train):
    cfg = preset("tiny", "cf")
    return cfg.replace(train=dataclasses.replace(cfg.train, finetune_steps=steps, pretrain_steps=4,
                                                 **train))


def test_resume_continues_the_same_run(data_dir, tmp_path):
    cfg = _cfg(6, batch=4)
    common = dict(phase="both", data_dir=data_dir, eval_every=0, save_every=0, seed=3,
                  progress=False)
    whole = run(cfg, Options(out=tmp_path / "a", **common))
    first = run(cfg, Options(out=tmp_path / "b", stop_after=5, **common))
    assert first.stopped_early and len(first.losses) == 5
    rest = run(cfg, Options(out=tmp_path / "b", resume=True, **common))
    assert first.losses + rest.losses == pytest.approx(whole.losses, rel=1e-5, abs=1e-6)
    assert rest.steps == {"pretrain": 4, "finetune": 6}


@pytest.mark.slow
def test_tiny_overfits_sixteen_pairs(data_dir, tmp_path, pairs):
    cfg = _cfg(700, batch=16, literals=False, lr=3e-3, warmup=20)
    opts = Options(phase="finetune", data_dir=data_dir, out=tmp_path / "o", eval_every=0,
                   save_every=0, progress=False)
    # fine-tune on all 16 pairs: the dev rule would hold some out, so put them back in train
    import cf_assistant.training.loop as training

    original = training.load_data

    def all_train(cfg_, opts_):
        train, dev, pre = original(cfg_, opts_)
        return train + dev, [], pre

    training.load_data = all_train
    try:
        run(cfg, opts)
    finally:
        training.load_data = original
    lo = checkpoint.load(tmp_path / "o")
    outs = sampler.generate(lo.model, lo.scheduler, lo.tokenizer, [u for u, _ in pairs], 1, 10)
    got = [o[0].code for o in outs]
    assert got == [c for _, c in pairs]


def test_lr_decays_by_the_time_spent_when_it_runs_ahead_of_the_steps():
    from cf_assistant.training.loop import lr_at

    cfg = _cfg(100, warmup=10, lr=1e-3)
    assert lr_at(50, 100, cfg, 0.0) > lr_at(50, 100, cfg, 0.9)
    assert lr_at(50, 100, cfg, 1.0) == pytest.approx(1e-4)  # the floor: a tenth of the peak
    assert lr_at(50, 100, cfg, 0.1) == pytest.approx(lr_at(50, 100, cfg))  # steps lead
    assert lr_at(5, 100, cfg, 0.9) == pytest.approx(6e-4)  # warm-up is by steps


def test_anneal_by_time_ends_each_phase_at_its_share_of_the_time(data_dir, tmp_path, monkeypatch):
    # a clock that moves 0.05 s at each reading, so the test does not depend on machine speed
    import itertools
    import types

    import cf_assistant.training.loop as training

    ticks = itertools.count()
    monkeypatch.setattr(training, "time", types.SimpleNamespace(time=lambda: 0.05 * next(ticks)))
    # far more steps than fit in 0.05 min: the time shares, not the steps, end both phases
    cfg = _cfg(100_000, batch=4)
    cfg = cfg.replace(train=dataclasses.replace(cfg.train, pretrain_steps=100_000))
    res = run(cfg, Options(phase="both", data_dir=data_dir, out=tmp_path / "t", eval_every=0,
                           save_every=0, progress=False, max_minutes=0.05, anneal_by_time=True))
    assert not res.stopped_early
    assert 0 < res.steps["pretrain"] < 100_000 and 0 < res.steps["finetune"] < 100_000
    # equal step counts, so about half the time each
    assert abs(res.steps["pretrain"] - res.steps["finetune"]) <= 3
    assert sum(res.steps.values()) == len(res.losses)
    assert checkpoint.load(tmp_path / "t").model is not None


def test_time_shares_follow_the_step_counts():
    from cf_assistant.training.loop import _time_shares

    cfg = _cfg(300)  # 4 pre-training steps
    cfg = cfg.replace(train=dataclasses.replace(cfg.train, pretrain_steps=100))
    assert _time_shares(Options(phase="both"), cfg) == {"pretrain": 0.25, "finetune": 1.0}
    assert _time_shares(Options(phase="finetune"), cfg) == {"finetune": 1.0}


@pytest.mark.parametrize("args, message", [
    (["--batch", "0"], "--batch"), (["--lr", "0"], "--lr"),
    (["--anneal-by-time"], "--max-minutes"),
])
def test_train_rejects_bad_run_options(cli, tmp_path, args, message):
    code, _, err = cli("train", "--lang", "cf", "--preset", "tiny", "--out", str(tmp_path / "o"),
                       *args)
    assert code == 2 and message in err and "Traceback" not in err


def test_base_preset_stays_under_the_shipping_limit():
    from cf_assistant.diffusion.network import CodeFusion

    cfg = preset("base", "bash")
    model = CodeFusion(dataclasses.replace(cfg.model, vocab_size=6000, neighbour_len=64))
    assert model.parameter_counts()["trainable"] * 4 < 60e6  # float32 bytes, the 60 MB cap


def test_a_warm_start_grows_the_vocabulary_and_copies_the_old_rows(data_dir, tmp_path):
    """--init from a checkpoint whose tokenizer lacks some function names: the new run's
    tokenizer has them as single tokens, and the old ids' embedding and head rows are the
    init's own (a new row starts at the mean of its pieces' rows)."""
    import dataclasses
    import json

    import torch
    from safetensors.torch import load_file, save_file

    from cf_assistant.config import preset
    from cf_assistant.diffusion.tokenizer import CodeTokenizer
    from cf_assistant.training.loop import Options, run

    cfg = preset("tiny", "cf")
    cfg = cfg.replace(train=dataclasses.replace(cfg.train, finetune_steps=1, batch=4))
    init = tmp_path / "init"
    run(cfg, Options(phase="finetune", data_dir=data_dir, out=init, eval_every=0, save_every=0,
                     progress=False))
    # make the init look like an older checkpoint: its tokenizer without the added names
    plain = CodeTokenizer.train(["GreaterThan(5)", "Top(3)", "Yes ter day", "Errors"] * 4, 300)
    (init / "tokenizer.json").write_text(plain.to_str(), encoding="utf-8")
    state = load_file(str(init / "model.safetensors"))
    for key in ("embedding.weight", "head.weight", "head.bias"):
        state[key] = state[key][: plain.vocab_size].clone()
    save_file(state, str(init / "model.safetensors"))
    config = json.loads((init / "config.json").read_text())
    config["model"]["vocab_size"] = plain.vocab_size
    (init / "config.json").write_text(json.dumps(config))

    out = tmp_path / "grown"
    cfg0 = cfg.replace(train=dataclasses.replace(cfg.train, finetune_steps=0))
    run(cfg0, Options(phase="finetune", data_dir=data_dir, out=out, init=init, eval_every=0,
                      save_every=0, progress=False))
    grown = CodeTokenizer.load(out / "tokenizer.json")
    assert grown.vocab_size > plain.vocab_size
    assert len(grown.encode("Yesterday")) == 1 and len(grown.encode("TextStartsWith")) == 1
    new = load_file(str(out / "model.safetensors"))
    old_rows = state["embedding.weight"]
    assert torch.equal(new["embedding.weight"][: plain.vocab_size], old_rows)
    y = grown.encode("Yesterday")[0]
    assert torch.allclose(new["embedding.weight"][y], old_rows[plain.encode("Yesterday")].mean(0))
