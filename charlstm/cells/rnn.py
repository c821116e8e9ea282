"""Vanilla RNN layer (Elman, tanh) over a whole sequence, hand-written backward, pure numpy.

Per time step:

    h_t = tanh(W_x·x_t + W_h·h_{t-1} + b)        (written with row vectors: x_t W_x + h W_h)

Layout (the same as the checkpoint and PyTorch's nn.RNN with nonlinearity="tanh"):
    W_x (I, H)    PyTorch weight_ih_l{k} is W_x.T
    W_h (H, H)    PyTorch weight_hh_l{k} is W_h.T
    b   (H,)      PyTorch bias_ih_l{k} + bias_hh_l{k}
State: (h,), one (B, H) array. Input: (T, B, I) floats or (T, B) ids (one-hot, a row lookup).
Memory: the cache holds h for every step, T·B·H values, plus the input.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from charlstm.cells.common import (
    input_gradient,
    project_input,
    recurrent_weight_gradient,
    state_gradients,
    uniform_init,
)
from charlstm.cells.product import recurrent_product

STATE = ("h",)


class Cache(NamedTuple):
    """What forward keeps for backward."""

    params: dict
    x: np.ndarray  # (T, B, I) input, or (T, B) ids
    state: tuple  # (h0,)
    h: np.ndarray  # (T, B, H) outputs


def shapes(I: int, H: int) -> dict:
    return {"W_x": (I, H), "W_h": (H, H), "b": (H,)}


def init(
    rng: np.random.Generator,
    I: int,
    H: int,
    scale: float,
    dtype,
    forget_bias: float = 0.0,
    chrono: int = 0,
) -> dict:
    """Every weight and the bias uniform in ±scale (common.uniform_init); the RNN has no gate,
    so forget_bias does not apply."""
    return uniform_init(rng, shapes(I, H), scale, dtype)


def forward(params: dict, x: np.ndarray, state: tuple) -> tuple:
    """x (T, B, I) or ids (T, B); state (h0,) -> hs (T, B, H), (h_T,), cache."""
    W_h = params["W_h"]
    (h,) = state
    hs = project_input(params["W_x"], params["b"], x)  # (T, B, H), turned into h_t in place
    T, B = hs.shape[:2]
    product = recurrent_product(W_h, B, T)  # h·W_h in its fastest form, with the same bits
    for t in range(T):
        hs[t] += product(h)
        np.tanh(hs[t], out=hs[t])
        h = hs[t]
    return hs, (hs[-1].copy(),), Cache(params, x, state, hs)


def gate_values(cache: Cache) -> tuple:
    """The RNN has no gates."""
    return ()


def backward(dhs: np.ndarray, cache: Cache, dstate: tuple | None = None) -> tuple:
    """dhs (T, B, H); dstate (dh_T,) or None -> grads, dx or None, (dh0,)."""
    params, x, (h0,), hs = cache
    W_h = params["W_h"]
    T, B, H = hs.shape
    dpre = np.square(hs)  # (T, B, H): becomes ∂loss/∂pre-activation, tanh' = 1 − h²
    np.subtract(1, dpre, out=dpre)
    (dh,) = state_gradients(dstate, 1, B, H, W_h.dtype)
    product = recurrent_product(W_h.T, B, T)  # dpre·W_hᵀ
    for t in range(T - 1, -1, -1):
        dh += dhs[t]
        dpre[t] *= dh
        dh = product(dpre[t])
    grads, dx = input_gradient(params["W_x"], x, dpre)
    grads["W_h"] = recurrent_weight_gradient(h0, hs, dpre)
    return grads, dx, (dh,)
