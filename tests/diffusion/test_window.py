"""A sample that fills the model's whole code window may be cut short: it is marked and dropped."""

import torch

from cf_assistant.diffusion import sampler

from tests.conftest import train_tiny_neighbour_model


def test_a_sample_without_pad_or_eos_in_its_window_is_marked_incomplete(tok):
    body = tok.encode("GreaterThan(5)")
    ended = body + [tok.pad_id] * 2
    full = (body * 3)[: len(ended)]
    ids = torch.tensor([ended, full])
    logp = torch.full(ids.shape, -0.5)
    (cands,) = sampler._collect(tok, ids, logp, 1, 2)
    by_draw = {c.draw: c for c in cands}
    assert by_draw[0].complete and by_draw[0].code == "GreaterThan(5)"
    assert not by_draw[1].complete and len(by_draw[1].ids) == len(ended)


def test_the_diffusion_generator_drops_samples_cut_at_the_window(data_dir, tmp_path,
                                                                 monkeypatch):
    from cf_assistant.generators.diffusion import DiffusionGenerator

    train_tiny_neighbour_model(data_dir, tmp_path / "r", steps=1)

    def fake(model, sched, tok, utts, n_draw, *args, **kw):  # the best-scored draw is cut
        return [[sampler.Sample(f"Top({d})", float(d), (), d, complete=d != n_draw - 1)
                 for d in range(n_draw)]]

    monkeypatch.setattr(sampler, "generate", fake)
    gen = DiffusionGenerator("cf", checkpoint=tmp_path / "r", neighbours=False, oversample=2)
    got = [c for c, _ in gen.generate_scored(["values above 7"], 2)[0]]
    assert got == ["Top(2)", "Top(1)"]  # Top(3), cut at the window, is not a candidate
