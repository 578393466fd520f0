"""The speed work computes the same tensors. The sampler hands N and D one E_s row per utterance
(not one per sample): in eval mode the decoder layers then project its keys and values once for
the utterance's k samples, and must give the very same tensors as with E_s repeated per sample.
MiniLM at inference runs a padded batch's real tokens only, with the same states."""

from __future__ import annotations

import pytest
import torch

from cf_assistant.config import preset
from cf_assistant.diffusion import checkpoint, sampler
from cf_assistant.diffusion.tokenizer import CodeTokenizer


@pytest.fixture(scope="module")
def model():
    codes = ["GreaterThan(5)", "Top(3)", "Between(3, 9)", "TextContains(Error)", "Blanks()"]
    tok = CodeTokenizer.train(codes * 4, 300)
    torch.manual_seed(0)
    built, sched = checkpoint.build(preset("tiny", "cf"), tok)
    return built.eval(), sched, tok


def test_shared_memory_is_bitwise_the_repeated_one(model):
    net, _, _ = model
    texts = ["cells greater than 5", "top 3 values please", "blank"]
    k = 4
    with torch.inference_mode():
        E_s, E_pad = net.encode(texts)
        rep = lambda t: t.repeat_interleave(k, dim=0)  # noqa: E731
        x = torch.randn(len(texts) * k, net.cfg.code_len, net.cfg.emb_dim, generator=torch.Generator().manual_seed(1))
        t = torch.full((x.shape[0],), 7, dtype=torch.long)
        assert torch.equal(net.denoise(x, t, E_s, E_pad), net.denoise(x, t, rep(E_s), rep(E_pad)))
        assert torch.equal(net.decode(x, E_s, E_pad), net.decode(x, rep(E_s), rep(E_pad)))


def test_training_mode_takes_the_repeated_path(model):
    net, _, _ = model
    E_s, E_pad = net.encode(["cells greater than 5"])
    x = torch.randn(3, net.cfg.code_len, net.cfg.emb_dim)
    net.train()
    try:
        torch.manual_seed(2)
        a = net.decode(x, E_s, E_pad)
        torch.manual_seed(2)
        b = net.decode(x, E_s.repeat_interleave(3, 0), E_pad.repeat_interleave(3, 0))
    finally:
        net.eval()
    assert torch.equal(a, b)


def test_batch_answers_do_not_depend_on_the_batch(model):
    """An utterance's samples are the same alone and among others (its E_s row is its own)."""
    net, sched, tok = model
    with torch.inference_mode():
        alone = sampler.generate(net, sched, tok, ["top 3 values please"], 3, steps=4, seed=5)
        among = sampler.generate(net, sched, tok, ["cells greater than 5", "top 3 values please"], 3,
                                 steps=4, seed=5)
    assert [s.code for s in alone[0]] == [s.code for s in among[1]]


def test_minilm_runs_only_the_real_tokens_of_a_padded_batch_with_the_same_states():
    """At inference a padded batch's position-wise layers run on its real tokens only: their
    states are bitwise those of the padded computation, the padding's are 0."""
    from cf_assistant.diffusion.minilm import MiniLM, MiniLMConfig

    torch.manual_seed(0)
    net = MiniLM(MiniLMConfig(vocab_size=50, hidden_size=32, num_hidden_layers=2,
                              num_attention_heads=4, intermediate_size=64)).eval()
    ids = torch.randint(1, 50, (3, 7))
    mask = torch.tensor([[1] * 7, [1] * 4 + [0] * 3, [1] * 2 + [0] * 5])
    ids = ids * mask
    with torch.enable_grad():
        padded = net(ids, mask).detach()  # autograd on: the padded path
    with torch.inference_mode():
        packed = net(ids, mask)
    real = mask.bool()
    assert torch.equal(packed[real], padded[real])
    assert not packed[~real].any()


def test_a_first_step_shared_by_every_utterance_is_bitwise_the_full_one(model):
    """The sampler's first step: each utterance's k samples start from the same noise, so the
    denoiser runs its input layers and first self-attention on one utterance's rows only."""
    from cf_assistant.diffusion import network

    net, _, _ = model
    texts = ["cells greater than 5", "top 3 values please", "blank"]
    k = 4
    noise = torch.randn(k, net.cfg.code_len, net.cfg.emb_dim, generator=torch.Generator().manual_seed(3))
    x = noise.repeat(len(texts), 1, 1)
    t = torch.full((x.shape[0],), 11, dtype=torch.long)
    with torch.inference_mode():
        E_s, E_pad = net.encode(texts)
        assert network._repeats(x, t, len(texts)) == len(texts)
        shared = net.denoise(x, t, E_s, E_pad)
        full = net.denoise(x, t, E_s.repeat_interleave(k, 0), E_pad.repeat_interleave(k, 0))
        x2 = x.clone()
        x2[-1, 0, 0] += 1.0  # one sample differs: no sharing
        assert network._repeats(x2, t, len(texts)) == 1
    assert torch.equal(shared, full)
