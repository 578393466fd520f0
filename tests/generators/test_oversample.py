"""Oversampling in the diffusion generator keeps the k best *distinct* codes."""

from cf_assistant.config import RunConfig
from cf_assistant.generators.diffusion import _distinct


def test_distinct_keeps_best_score_per_spelling_and_cuts_at_k():
    scored = [("Between(1, 2)", -0.5), ("Between(1,  2)", -0.1), ("Top(3)", -0.2),
              ("Blanks()", -0.9), ("Top(3)", -0.3)]
    assert _distinct(scored, 2) == [("Between(1,  2)", -0.1), ("Top(3)", -0.2)]
    assert [c for c, _ in _distinct(scored, 5)] == ["Between(1,  2)", "Top(3)", "Blanks()"]


def test_oversample_is_a_sampling_setting_of_the_checkpoint_config():
    cfg = RunConfig.from_json('{"sample": {"steps": 1, "oversample": 3}}')
    assert cfg.sample.oversample == 3 and cfg.sample.steps == 1
    assert RunConfig().sample.oversample == 1  # the paper's path: k draws, k candidates
