"""The few tensor operations a transformer's forward pass needs, in numpy (float32).

Linear layers, LayerNorm, exact (erf) GELU, SiLU, softmax, multi-head attention, and torch's CPU
`randn` for a seeded generator, so that a model read from safetensors runs without torch and
draws the same initial noise as the torch sampler. Used by `numpy_minilm` and `numpy_model`; it
knows nothing of any model.
"""

from __future__ import annotations

import math

import numpy as np

F32 = np.float32


class Linear:
    """y = x W^T + b. W stays as stored (out, in) and is read transposed: OpenBLAS multiplies by
    that view faster than by a contiguous copy of W^T (12.3 against 16.2 ms for 3600 x 192 x 768
    here)."""

    __slots__ = ("w", "b")

    def __init__(self, weight: np.ndarray, bias: np.ndarray | None):
        self.w = np.ascontiguousarray(weight, dtype=F32)
        self.b = None if bias is None else np.asarray(bias, dtype=F32)

    @property
    def out_features(self) -> int:
        return self.w.shape[0]

    def __call__(self, x: np.ndarray) -> np.ndarray:
        # one matrix product over all leading axes: numpy would run one per row of a 3-d x
        y = (x.reshape(-1, x.shape[-1]) @ self.w.T).reshape(*x.shape[:-1], self.w.shape[0])
        if self.b is not None:
            y += self.b
        return y


class LayerNorm:
    __slots__ = ("w", "b", "eps")

    def __init__(self, weight: np.ndarray, bias: np.ndarray, eps: float):
        self.w, self.b, self.eps = np.asarray(weight, F32), np.asarray(bias, F32), F32(eps)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        centred = x - mean
        var = np.square(centred).mean(-1, keepdims=True)
        centred *= 1.0 / np.sqrt(var + self.eps)
        centred *= self.w
        centred += self.b
        return centred


# Abramowitz & Stegun 7.1.28: erf(z) = 1 - (1 + a1 z + ... + a6 z^6)^-16 for z >= 0, absolute
# error under 3e-7, with no exponential (numpy's float32 exp is not vectorised on this build); its
# coefficients from a6 down to a1.
_ERF_A = (0.0000430638, 0.0002765672, 0.0001520143, 0.0092705272, 0.0422820123, 0.0705230784)


def gelu(x: np.ndarray) -> np.ndarray:
    """x * Phi(x) with the exact (erf) normal CDF, as torch's default `F.gelu`, written as
    (x + |x| - |x| erfc(|x| / sqrt 2)) / 2; within 1e-6 of torch's float32 result for |x| < 10."""
    z = np.abs(x)
    z *= F32(1 / math.sqrt(2))
    p = z * F32(_ERF_A[0])
    for c in _ERF_A[1:]:
        p += F32(c)
        p *= z
    p += F32(1)
    with np.errstate(over="ignore"):  # inf for |x| > 9 or so: erfc 0
        for _ in range(4):  # ^16
            np.square(p, out=p)
    np.reciprocal(p, out=p)  # erfc(|x| / sqrt 2)
    a = np.abs(x)
    p *= a
    np.subtract(a, p, out=p)
    p += x
    p *= F32(0.5)
    return p


def silu(x: np.ndarray) -> np.ndarray:
    return x / (1.0 + np.exp(-x))


def softmax(x: np.ndarray) -> np.ndarray:
    """Softmax over the last axis, in place (x is a fresh array of scores)."""
    x -= x.max(-1, keepdims=True)
    np.exp(x, out=x)
    x /= x.sum(-1, keepdims=True)
    return x


def attend(q: np.ndarray, k: np.ndarray, v: np.ndarray, bias: np.ndarray | None) -> np.ndarray:
    """Scaled dot-product attention over (..., Lq, Dh) queries and (..., Lk, Dh) keys and values,
    `bias` added to the scores (broadcast; -inf or a large negative number masks a key)."""
    scores = q @ np.swapaxes(k, -1, -2)
    scores *= F32(1 / math.sqrt(q.shape[-1]))
    if bias is not None:
        scores += bias
    return softmax(scores) @ v


def log_softmax_max(logits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The largest log-probability over the last axis and its index (the first where tied), as
    `logits.log_softmax(-1).max(-1)` in torch."""
    ids = logits.argmax(-1)
    top = np.take_along_axis(logits, ids[..., None], -1)
    lse = np.log(np.exp(logits - top).sum(-1))  # log-sum-exp, less the top logit
    return (-lse).astype(F32, copy=False), ids


def torch_randn(shape: tuple[int, ...], seed: int) -> np.ndarray:
    """`torch.randn(shape, generator=torch.Generator().manual_seed(seed))` on the CPU, float32:
    the same Mersenne Twister stream (torch seeds it as MT19937's init_genrand, as numpy's legacy
    RandomState does), 24-bit uniforms, and Box-Muller on blocks of 16 (the first 8 uniforms give
    the radii, the next 8 the angles; a tail under 16 redraws the last 16 values), as torch's
    `normal_fill`. The values match torch's to float32 rounding (its vectorised log, cos and sin
    round differently in the last bit)."""
    size = int(np.prod(shape))
    if size < 16:
        raise ValueError("torch_randn reproduces torch's vectorised path: 16 values or more")
    gen = np.random.MT19937()
    gen.state = np.random.RandomState(int(seed) & 0xFFFFFFFF).get_state(legacy=False)
    raw = gen.random_raw(size + (16 if size % 16 else 0)).astype(np.uint32)
    uniform = (raw & 0xFFFFFF).astype(np.float64) * 2.0**-24
    out = _box_muller(uniform[: size - size % 16])
    if size % 16:
        out = np.concatenate([out[: size - 16], _box_muller(uniform[size:])])
    return out.reshape(shape)


def _box_muller(u: np.ndarray) -> np.ndarray:
    blocks = u.astype(F32).reshape(-1, 16)
    radius = np.sqrt(F32(-2.0) * np.log(F32(1.0) - blocks[:, :8]))
    theta = F32(2.0 * math.pi) * blocks[:, 8:]
    return np.concatenate([radius * np.cos(theta), radius * np.sin(theta)], axis=1).reshape(-1)
