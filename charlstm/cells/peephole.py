"""LSTM with peephole connections: the gates also look at the cell state (Gers & Schmidhuber
2000). The peepholes are diagonal (one weight per unit), as in most implementations.
Hand-written backward, pure numpy.

Per time step, with [h, x] the concatenation:

    i_t = σ(W_i·[h_{t-1}, x_t] + p_i ⊙ c_{t-1} + b_i)
    f_t = σ(W_f·[h_{t-1}, x_t] + p_f ⊙ c_{t-1} + b_f)
    g_t = tanh(W_g·[h_{t-1}, x_t] + b_g)
    c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
    o_t = σ(W_o·[h_{t-1}, x_t] + p_o ⊙ c_t + b_o)      (the output gate sees the new c_t)
    h_t = o_t ⊙ tanh(c_t)

Layout: W_x (I, 4H), W_h (H, 4H), b (4H,) in gate blocks [i | f | g | o], as the LSTM;
plus p_i, p_f, p_o, each (H,). State: (h, c). Memory: as the LSTM, 7·T·B·H plus the input.
"""

from __future__ import annotations

import numpy as np

from charlstm.cells.common import (
    cell_slope,
    gate_affine,
    gate_blocks,
    gate_slope,
    input_gradient,
    previous,
    project_input,
    recurrent_weight_gradient,
    state_gradients,
)
from charlstm.cells.lstm import (
    Cache,  # the same fields; gates are [i | f | g | o]
    init_gates,
)
from charlstm.cells.product import recurrent_product

STATE = ("h", "c")


def shapes(I: int, H: int) -> dict:
    return {
        "W_x": (I, 4 * H),
        "W_h": (H, 4 * H),
        "b": (4 * H,),
        "p_i": (H,),
        "p_f": (H,),
        "p_o": (H,),
    }


def init(
    rng: np.random.Generator,
    I: int,
    H: int,
    scale: float,
    dtype,
    forget_bias: float = 0.0,
    chrono: int = 0,
) -> dict:
    """Every weight, peephole and bias uniform in ±scale (common.uniform_init); forget_bias is
    added to the forget gate's bias."""
    return init_gates(rng, shapes(I, H), H, scale, dtype, forget_bias, chrono)


def forward(params: dict, x: np.ndarray, state: tuple) -> tuple:
    """x (T, B, I) or ids (T, B); state (h0, c0) -> hs (T, B, H), (h_T, c_T), cache."""
    W_h, p_i, p_f, p_o = params["W_h"], params["p_i"], params["p_f"], params["p_o"]
    h, c = state
    H = W_h.shape[0]
    gates = project_input(params["W_x"], params["b"], x)  # (T, B, 4H)
    T, B = gates.shape[:2]
    scale, shift = gate_affine("sst", H, W_h.dtype)  # i, f, g; o comes after c_t
    cs = np.empty((T, B, H), dtype=W_h.dtype)
    tanh_cs, hs = np.empty_like(cs), np.empty_like(cs)
    product = recurrent_product(W_h, B, T)  # h·W_h in its fastest form, same bits
    tmp = np.empty((B, H), dtype=W_h.dtype)
    for t in range(T):
        z = gates[t]
        z += product(h)
        ifg, o = z[:, : 3 * H], z[:, 3 * H :]
        np.multiply(p_i, c, out=tmp)
        ifg[:, :H] += tmp
        np.multiply(p_f, c, out=tmp)
        ifg[:, H : 2 * H] += tmp
        ifg *= scale
        np.tanh(ifg, out=ifg)
        ifg *= scale
        ifg += shift
        i, f, g = ifg[:, :H], ifg[:, H : 2 * H], ifg[:, 2 * H :]
        np.multiply(f, c, out=cs[t])
        np.multiply(i, g, out=tmp)
        cs[t] += tmp
        np.multiply(p_o, cs[t], out=tmp)
        o += tmp
        o *= 0.5  # σ(z) = ½·tanh(z/2) + ½
        np.tanh(o, out=o)
        o *= 0.5
        o += 0.5
        np.tanh(cs[t], out=tanh_cs[t])
        np.multiply(o, tanh_cs[t], out=hs[t])
        h, c = hs[t], cs[t]
    return hs, (hs[-1].copy(), cs[-1].copy()), Cache(params, x, state, gates, cs, tanh_cs, hs)


def gate_values(cache: Cache) -> tuple:
    """The gate values of a forward's cache, (i, f, g, o), each (T, B, H)."""
    return gate_blocks(cache.gates, 4)


def backward(dhs: np.ndarray, cache: Cache, dstate: tuple | None = None) -> tuple:
    """dhs (T, B, H); dstate (dh_T, dc_T) or None -> grads, dx or None, (dh0, dc0)."""
    params, x, (h0, c0), gates, cs, tanh_cs, hs = cache
    W_h, p_i, p_f, p_o = params["W_h"], params["p_i"], params["p_f"], params["p_o"]
    T, B, H = hs.shape
    i, f, g, o = gate_blocks(gates, 4)  # (T, B, H) each
    slope = gate_slope(gates, *gate_affine("ssts", H, W_h.dtype))  # (T, B, 4H)
    slope_i, slope_f, slope_g, slope_o = gate_blocks(slope, 4)
    dc_per_dh = cell_slope(tanh_cs, o)  # o ⊙ (1 − tanh²c)  (T, B, H)
    dpre = np.empty_like(gates)  # (T, B, 4H): ∂loss/∂pre-activations
    di, df, dg, do = gate_blocks(dpre, 4)
    dh, dc = state_gradients(dstate, 2, B, H, W_h.dtype)
    tmp = np.empty((B, H), dtype=W_h.dtype)
    product = recurrent_product(W_h.T, B, T)  # dpre·W_hᵀ
    for t in range(T - 1, -1, -1):
        dh += dhs[t]
        np.multiply(dh, tanh_cs[t], out=do[t])
        do[t] *= slope_o[t]  # do = dh ⊙ tanh(c) ⊙ σ'_o
        np.multiply(dh, dc_per_dh[t], out=tmp)
        dc += tmp
        np.multiply(do[t], p_o, out=tmp)  # c_t also reaches o through the output peephole
        dc += tmp
        np.multiply(dc, g[t], out=di[t])
        di[t] *= slope_i[t]  # di = dc ⊙ g ⊙ σ'_i
        np.multiply(dc, previous(c0, cs, t), out=df[t])
        df[t] *= slope_f[t]  # df = dc ⊙ c_{t-1} ⊙ σ'_f
        np.multiply(dc, i[t], out=dg[t])
        dg[t] *= slope_g[t]  # dg = dc ⊙ i ⊙ tanh'_g
        dc *= f[t]  # dc_{t-1} = dc ⊙ f + di ⊙ p_i + df ⊙ p_f
        np.multiply(di[t], p_i, out=tmp)
        dc += tmp
        np.multiply(df[t], p_f, out=tmp)
        dc += tmp
        dh = product(dpre[t])
    grads, dx = input_gradient(params["W_x"], x, dpre)
    grads["W_h"] = recurrent_weight_gradient(h0, hs, dpre)
    c_prev_all = np.concatenate([c0[None], cs[:-1]])  # (T, B, H)
    grads["p_i"] = np.einsum("tbh,tbh->h", di, c_prev_all)
    grads["p_f"] = np.einsum("tbh,tbh->h", df, c_prev_all)
    grads["p_o"] = np.einsum("tbh,tbh->h", do, cs)
    return grads, dx, (dh, dc)
