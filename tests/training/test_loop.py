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
