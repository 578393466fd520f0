from __future__ import annotations

import dataclasses

import pytest

from cf_assistant import checkpoint, sampler
from cf_assistant.config import preset
from cf_assistant.train import Options, run


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
    import cf_assistant.train as training

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
