"""Coupled input-forget gate LSTM (CIFG): the input gate is 1 − f, so the cell forgets
exactly as much as it writes. Hand-written backward, pure numpy.

Per time step, with [h, x] the concatenation:

    f_t = σ(W_f·[h_{t-1}, x_t] + b_f)
    g_t = tanh(W_g·[h_{t-1}, x_t] + b_g)
    o_t = σ(W_o·[h_{t-1}, x_t] + b_o)
    c_t = f_t ⊙ c_{t-1} + (1 − f_t) ⊙ g_t
    h_t = o_t ⊙ tanh(c_t)

Layout: W_x (I, 3H), W_h (H, 3H), b (3H,), columns in gate blocks [f | g | o].
State: (h, c). Memory: gates T·B·3H + c, tanh(c), h T·B·H each (6·T·B·H), plus the input.
"""

from __future__ import annotations

import numpy as np

from charlstm.cells.common import (
    cell_slope,
    chrono_bias,
    gate_affine,
    gate_blocks,
    gate_slope,
    input_gradient,
    previous,
    project_input,
    recurrent_weight_gradient,
    state_gradients,
    uniform_init,
)
from charlstm.cells.lstm import Cache  # the same fields; gates are [f | g | o]
from charlstm.cells.product import recurrent_product

STATE = ("h", "c")


def shapes(I: int, H: int) -> dict:
    return {"W_x": (I, 3 * H), "W_h": (H, 3 * H), "b": (3 * H,)}


def init(
    rng: np.random.Generator,
    I: int,
    H: int,
    scale: float,
    dtype,
    forget_bias: float = 0.0,
    chrono: int = 0,
) -> dict:
    """Every weight and bias uniform in ±scale (common.uniform_init); forget_bias is added to
    the forget gate's bias."""
    params = uniform_init(rng, shapes(I, H), scale, dtype)
    if chrono:  # the input gate is 1 − f, so only the forget gate's bias is set
        params["b"][:H] = chrono_bias(rng, H, chrono).astype(dtype)
    params["b"][:H] += forget_bias
    return params


def forward(params: dict, x: np.ndarray, state: tuple) -> tuple:
    """x (T, B, I) or ids (T, B); state (h0, c0) -> hs (T, B, H), (h_T, c_T), cache."""
    W_h = params["W_h"]
    h, c = state
    H = W_h.shape[0]
    gates = project_input(params["W_x"], params["b"], x)  # (T, B, 3H)
    T, B = gates.shape[:2]
    scale, shift = gate_affine("sts", H, W_h.dtype)
    cs = np.empty((T, B, H), dtype=W_h.dtype)
    tanh_cs, hs = np.empty_like(cs), np.empty_like(cs)
    product = recurrent_product(W_h, B, T)  # h·W_h in its fastest form, same bits
    for t in range(T):
        z = gates[t]
        z += product(h)
        z *= scale
        np.tanh(z, out=z)
        z *= scale
        z += shift
        f, g, o = gate_blocks(z, 3)
        np.subtract(c, g, out=cs[t])  # c_t = g + f ⊙ (c_{t-1} − g)
        cs[t] *= f
        cs[t] += g
        np.tanh(cs[t], out=tanh_cs[t])
        np.multiply(o, tanh_cs[t], out=hs[t])
        h, c = hs[t], cs[t]
    return hs, (hs[-1].copy(), cs[-1].copy()), Cache(params, x, state, gates, cs, tanh_cs, hs)


def gate_values(cache: Cache) -> tuple:
    """The gate values of a forward's cache, (f, g, o), each (T, B, H)."""
    return gate_blocks(cache.gates, 3)


def backward(dhs: np.ndarray, cache: Cache, dstate: tuple | None = None) -> tuple:
    """dhs (T, B, H); dstate (dh_T, dc_T) or None -> grads, dx or None, (dh0, dc0)."""
    params, x, (h0, c0), gates, cs, tanh_cs, hs = cache
    W_h = params["W_h"]
    T, B, H = hs.shape
    f, g, o = gate_blocks(gates, 3)  # (T, B, H) each
    slope = gate_slope(gates, *gate_affine("sts", H, W_h.dtype))  # (T, B, 3H)
    dc_per_dh = cell_slope(tanh_cs, o)  # o ⊙ (1 − tanh²c)  (T, B, H)
    dpre = np.empty_like(gates)  # (T, B, 3H): ∂loss/∂pre-activations
    df, dg, do = gate_blocks(dpre, 3)
    dh, dc = state_gradients(dstate, 2, B, H, W_h.dtype)
    tmp = np.empty((B, H), dtype=W_h.dtype)
    product = recurrent_product(W_h.T, B, T)  # dpre·W_hᵀ
    for t in range(T - 1, -1, -1):
        dh += dhs[t]
        np.multiply(dh, tanh_cs[t], out=do[t])  # ∂loss/∂o, through σ' below
        np.multiply(dh, dc_per_dh[t], out=tmp)
        dc += tmp
        np.subtract(previous(c0, cs, t), g[t], out=tmp)
        np.multiply(dc, tmp, out=df[t])  # ∂loss/∂f = dc ⊙ (c_{t-1} − g)
        np.subtract(1, f[t], out=tmp)
        np.multiply(dc, tmp, out=dg[t])  # ∂loss/∂g = dc ⊙ (1 − f)
        dc *= f[t]  # dc_{t-1}
        dpre[t] *= slope[t]  # df, dg, do: through σ', tanh', σ'
        dh = product(dpre[t])
    grads, dx = input_gradient(params["W_x"], x, dpre)
    grads["W_h"] = recurrent_weight_gradient(h0, hs, dpre)
    return grads, dx, (dh, dc)
