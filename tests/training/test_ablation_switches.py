"""The Table 4 switches: cfa train --cpd-fraction / --canonical-targets and the diffusion
generator's grounding and clamping options (cfa bench --grounding / --clamping)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from cf_assistant.diffusion import checkpoint
from cf_assistant.diffusion import sampler
from cf_assistant.config import preset
from cf_assistant.generators import get_generator
from cf_assistant.training.loop import Options, run


@pytest.fixture(scope="module")
def tiny_ckpt(tmp_path_factory):
    from tests.conftest import CODES, UTTERANCES

    root = tmp_path_factory.mktemp("abl")
    (root / "data" / "cf" / "pretrain").mkdir(parents=True)
    recs = [{"ID": i, "NL Utterance": u, "Code": c, "Data": [["Value"]], "Labels": [0]}
            for i, (u, c) in enumerate(zip(UTTERANCES, CODES))]
    (root / "data" / "cf" / "train.json").write_text(json.dumps({"train": recs}))
    (root / "data" / "cf" / "pretrain" / "s.txt").write_text("\n".join(CODES))
    cfg = preset("tiny", "cf")
    cfg = cfg.replace(train=dataclasses.replace(cfg.train, finetune_steps=40, pretrain_steps=2))
    run(cfg, Options(phase="finetune", data_dir=root / "data", out=root / "ck", eval_every=0,
                     save_every=0, progress=False))
    return root


def test_generator_switches_reach_the_sampler(tiny_ckpt, monkeypatch):
    seen = []
    original = sampler.generate

    def spy(*args, **kwargs):
        seen.append(args[7:9])
        return original(*args, **kwargs)

    monkeypatch.setattr(sampler, "generate", spy)
    for options, want in (({"engine": "torch"}, (False, False)), ({"grounding": True}, (False, True)),
                          ({"clamping": True}, (True, False))):
        gen = get_generator("diffusion", "cf", [], checkpoint=tiny_ckpt / "ck", steps=3, **options)
        assert gen.engine == "torch"  # the ablations run on torch, whatever the engine asked for
        assert len(gen.generate_scored(["cells greater than 5"], 2)[0]) == 2
        assert seen[-1] == want


def test_grounding_scores_are_zero_and_candidates_come_from_the_embeddings(tiny_ckpt):
    lo = checkpoint.load(tiny_ckpt / "ck")
    out = sampler.generate(lo.model, lo.scheduler, lo.tokenizer, ["empty cells"], 2, 3,
                           grounding=True)
    assert all(s.score == 0.0 for s in out[0])


def test_cli_train_ablation_flags(cli, tiny_ckpt, tmp_path):
    code, out, err = cli("train", "--lang", "cf", "--preset", "tiny", "--phase", "pretrain",
                         "--data", str(tiny_ckpt / "data"), "--out", str(tmp_path / "p"),
                         "--pretrain-steps", "2", "--cpd-fraction", "1.0",
                         "--no-canonical-targets", "--no-progress")
    assert code == 0, err
    assert "pretrain" not in err  # no progress bar
    cfg = checkpoint.read_config(tmp_path / "p")
    assert cfg.train.cpd_fraction == 1.0 and cfg.train.canonical_targets is False
    code, _, err = cli("train", "--out", str(tmp_path / "q"), "--cpd-fraction", "1.5")
    assert code == 2 and "--cpd-fraction" in err


def test_cli_bench_records_the_switch_in_its_command(cli, tiny_ckpt, tmp_path):
    code, out, err = cli("bench", "--lang", "cf", "--data", str(tiny_ckpt / "data/cf/train.json"),
                         "--split", "train", "-g", "diffusion", "--checkpoint",
                         str(tiny_ckpt / "ck"), "--steps", "2", "--grounding", "--limit", "3",
                         "--no-embedding-diversity", "--no-progress", "--json", "--out",
                         str(tmp_path))
    assert code == 0, err
    assert json.loads(out)["command"].endswith("--steps 2 --grounding")


def test_assistant_generator_returns_the_suggest_pipelines_order(tiny_ckpt):
    from cf_assistant.data import Record
    from cf_assistant.errors import NoValidCandidateError
    from cf_assistant.assistant.pipeline import Suggester

    gen = get_generator("assistant", "cf", [], checkpoint=tiny_ckpt / "ck", steps=2)
    utterance = "cells greater than 5"
    (cands,) = gen.generate([Record(id=1, utterance=utterance, code="", lang="cf")], 3)
    try:
        result = Suggester("cf", source=gen.model).suggest(utterance, k=3)
    except NoValidCandidateError as exc:  # carries the result
        result = exc.result
    shown = [c.code for c in (*result.candidates, *result.invalid)][:3]
    assert cands == shown and 1 <= len(cands) <= 3
    assert all(c.valid for c in result.candidates)
    # valid answers come before invalid ones
    valid = [Suggester("cf", source=gen.model).language.validate(c).valid for c in cands]
    assert valid == sorted(valid, reverse=True)
    # a request the pipeline refuses gets no candidate
    assert gen.generate([Record(id=2, utterance="   ", code="", lang="cf")], 3) == [[]]


def test_cli_bench_runs_the_assistant_generator(cli, tiny_ckpt, tmp_path):
    code, out, err = cli("bench", "--lang", "cf", "--data", str(tiny_ckpt / "data/cf/train.json"),
                         "--split", "train", "-g", "assistant", "--checkpoint",
                         str(tiny_ckpt / "ck"), "--steps", "2", "--limit", "3",
                         "--no-embedding-diversity", "--no-progress", "--json", "--out",
                         str(tmp_path))
    assert code == 0, err
    result = json.loads(out)
    assert result["generator"] == "assistant" and result["n"] == 3
    assert "--generator assistant" in result["command"]
    # the assistant only ever puts valid candidates first
    assert result["metrics"]["validity_raw_top1"] == result["metrics"]["validity_returned_top1"]
