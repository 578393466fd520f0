from __future__ import annotations

import dataclasses

import pytest
import torch

from cf_assistant.diffusion import checkpoint
from cf_assistant.training import noising
from cf_assistant.diffusion import targets
from cf_assistant.diffusion import sampler
from cf_assistant.config import RunConfig, preset
from cf_assistant.errors import CheckpointError
from cf_assistant.languages import TokenKind
from cf_assistant.training.losses import codefusion_loss


@pytest.fixture(scope="module")
def built():
    from cf_assistant.diffusion.tokenizer import CodeTokenizer

    codes = ["GreaterThan(5)", "Top(3)", "Between(3, 9)", "TextContains(Error)", "Blanks()"]
    tok = CodeTokenizer.train(codes * 4, 300)
    torch.manual_seed(0)
    cfg = preset("tiny", "cf")
    model, sched = checkpoint.build(cfg, tok)
    return cfg, tok, model, sched


def test_config_json_round_trip():
    for name in ("paper", "small", "tiny"):
        cfg = preset(name, "bash")
        assert RunConfig.from_json(cfg.to_json()) == cfg


def test_paper_preset_is_about_75m():
    from cf_assistant.diffusion.network import CodeFusion

    cfg = preset("paper", "cf")
    model = CodeFusion(dataclasses.replace(cfg.model, vocab_size=1024))
    total = model.parameter_counts()["total"]
    assert abs(total - 75e6) / 75e6 < 0.10


def test_shapes_through_every_component(built):
    cfg, tok, model, sched = built
    m = cfg.model
    E_s, E_pad = model.encode(["cells greater than 5", "top 3"])
    assert E_s.shape[0] == 2 and E_s.shape[2] == m.width and E_pad.shape == E_s.shape[:2]
    y = targets.targets(tok, ["GreaterThan(5)", "Top(3)"], m.code_len)
    assert y.shape == (2, m.code_len)
    x0 = model.embed(y)
    assert x0.shape == (2, m.code_len, m.emb_dim)
    t = torch.tensor([0, 1199])
    x_t = sched.add_noise(x0, torch.randn_like(x0), t)
    out = model.denoise(x_t, t, E_s, E_pad)
    assert out.shape == x0.shape
    D_s = model.decode(out, E_s, E_pad)
    assert D_s.shape == x0.shape
    assert model.logits(D_s).shape == (2, m.code_len, tok.vocab_size)
    parts = codefusion_loss(model, sched, y, E_s, E_pad)
    assert parts.loss.ndim == 0 and torch.isfinite(parts.loss)


def test_cpd_masks_only_identifiers_and_keywords(built):
    cfg, tok, _, _ = built

    def kinds(tokens):
        return [TokenKind.KEYWORD if t.isalpha() and t[0].isupper() else
                TokenKind.IDENTIFIER if t.isdigit() else TokenKind.OTHER for t in tokens]

    for code in ["GreaterThan(5)", "Between(3, 9)", "AND(GreaterThan(1),LessThan(7))"]:
        mask, text = noising.cpd_example(tok, code, cfg.model.code_len, kinds)
        pieces = tok.pieces(code)[: cfg.model.code_len]
        expected = [k != TokenKind.OTHER for k in kinds(pieces)]
        assert mask[: len(pieces)].tolist() == expected
        assert not mask[len(pieces):].any()
        assert noising.ENCODER_MASK in text and "(" in text


def test_checkpoint_round_trip_same_outputs(built, tmp_path):
    cfg, tok, model, sched = built
    checkpoint.save(tmp_path / "ck", model, cfg, tok, "card")
    loaded = checkpoint.load(tmp_path / "ck")
    a = sampler.generate(model, sched, tok, ["greater than 5", "top 3"], 3, 8, seed=7)
    b = sampler.generate(loaded.model, loaded.scheduler, loaded.tokenizer,
                         ["greater than 5", "top 3"], 3, 8, seed=7)
    assert a == b and len(a) == 2 and len(a[0]) == 3
    assert not any(k.startswith("encoder.backbone.") for k in model.trainable_state())


def test_bad_checkpoints_name_the_file(built, tmp_path):
    cfg, tok, model, _ = built
    folder = tmp_path / "ck"
    checkpoint.save(folder, model, cfg, tok, "card")
    weights = folder / checkpoint.WEIGHTS
    data = weights.read_bytes()
    weights.write_bytes(data[: len(data) // 2])
    with pytest.raises(CheckpointError, match="model.safetensors"):
        checkpoint.load(folder)
    weights.write_bytes(b"\x00" * 64)
    with pytest.raises(CheckpointError, match="model.safetensors"):
        checkpoint.load(folder)
    weights.unlink()
    (folder / "pytorch_model.bin").write_bytes(b"pickle")
    with pytest.raises(CheckpointError, match="pickle"):
        checkpoint.load(folder)
    with pytest.raises(CheckpointError, match="no such model folder"):
        checkpoint.load(tmp_path / "missing")


def test_mismatched_config_is_refused(built, tmp_path):
    cfg, tok, model, _ = built
    folder = tmp_path / "ck"
    checkpoint.save(folder, model, cfg, tok, "card")
    other = cfg.replace(model=dataclasses.replace(cfg.model, width=32, vocab_size=tok.vocab_size))
    (folder / checkpoint.CONFIG).write_text(other.to_json())
    with pytest.raises(CheckpointError, match="model.safetensors"):
        checkpoint.load(folder)
    (folder / checkpoint.CONFIG).write_text("{not json")
    with pytest.raises(CheckpointError, match="config.json"):
        checkpoint.load(folder)


def test_cross_attention_mask_equals_the_key_padding_mask():
    """N and D pass E_pad as an additive mask (no sympy import on the first call); each layer
    must give what it gives with E_pad as its key padding mask, padding ignored."""
    from cf_assistant.diffusion.network import _cross

    torch.manual_seed(0)
    layers = torch.nn.ModuleList(
        torch.nn.TransformerDecoderLayer(32, 4, 64, 0.0, batch_first=True, norm_first=True)
        for _ in range(2)
    ).eval()
    h, E_s = torch.randn(3, 7, 32), torch.randn(3, 9, 32)
    E_pad = torch.zeros(3, 9, dtype=torch.bool)
    E_pad[0, 5:], E_pad[2, 2:] = True, True
    expected = h
    with torch.no_grad():
        for layer in layers:
            expected = layer(expected, E_s, memory_key_padding_mask=E_pad)
        got = _cross(layers, h, E_s, E_pad)
        E_s_changed = E_s.clone()
        E_s_changed[E_pad] = 100.0  # what stands at the padding never matters
        again = _cross(layers, h, E_s_changed, E_pad)
    assert torch.allclose(got, expected, atol=1e-6)
    assert torch.allclose(again, got, atol=1e-6)


def test_tuned_encoder_layers_start_as_minilm_and_train_alone():
    """--tune-encoder-layers 1: a trainable copy of MiniLM's top layer that starts equal to it
    (same E_s as the frozen encoder), is the only encoder part that gets gradients, and is what
    a checkpoint stores of the encoder; the shared backbone keeps the shipped weights."""
    from cf_assistant.config import ModelConfig
    from cf_assistant.diffusion.network import Encoder

    cfg = ModelConfig(width=32, encoder="minilm", tuned_encoder_layers=1, utt_len=16)
    tuned, frozen = Encoder(cfg), Encoder(dataclasses.replace(cfg, tuned_encoder_layers=0))
    frozen.proj.load_state_dict(tuned.proj.state_dict())
    ids, mask = tuned.backbone.tokenize(["cells over 5", "blank cells"], 16)
    real = mask.bool()  # E_s at padding is masked wherever it is read (MiniLM zeroes it at inference)
    assert torch.allclose(tuned(ids, mask)[real], frozen(ids, mask)[real], atol=1e-5)
    tuned(ids, mask).sum().backward()
    assert all(p.grad is None for p in tuned.backbone.parameters())
    assert all(p.grad is not None for p in tuned.tuned.parameters())
    with pytest.raises(CheckpointError, match="tuned_encoder_layers"):
        Encoder(dataclasses.replace(cfg, tuned_encoder_layers=7))
