"""Gated recurrent unit, with PyTorch's nn.GRU equations and gate order. Hand-written
backward, pure numpy.

Per time step (row vectors; ⊙ elementwise):

    r_t = σ(x_t W_xr + b_xr + h_{t-1} W_hr + b_hr)              reset gate
    z_t = σ(x_t W_xz + b_xz + h_{t-1} W_hz + b_hz)              update gate
    n_t = tanh(x_t W_xn + b_xn + r_t ⊙ (h_{t-1} W_hn + b_hn))   candidate
    h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t-1}

Layout, columns in gate blocks [r | z | n]:
    W_x (I, 3H), b (3H,)      PyTorch weight_ih_l{k} = W_x.T, bias_ih_l{k} = b
    W_h (H, 3H), b_h (3H,)    PyTorch weight_hh_l{k} = W_h.T, bias_hh_l{k} = b_h
(b_h cannot be folded into b: r multiplies the n block of h·W_h + b_h.)
State: (h,). Memory: r, z, n, h·W_hn + b_hn and h, 5·T·B·H, plus the input.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from charlstm.cells.common import (
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
from charlstm.cells.product import recurrent_product

STATE = ("h",)


class Cache(NamedTuple):
    """What forward keeps for backward."""

    params: dict
    x: np.ndarray  # (T, B, I) input, or (T, B) ids
    state: tuple  # (h0,)
    gates: np.ndarray  # (T, B, 3H) gate values [r | z | n]
    hidden_n: np.ndarray  # (T, B, H) h_{t-1} W_hn + b_hn, which r multiplies
    h: np.ndarray  # (T, B, H) outputs


def shapes(I: int, H: int) -> dict:
    return {"W_x": (I, 3 * H), "W_h": (H, 3 * H), "b": (3 * H,), "b_h": (3 * H,)}


def init(
    rng: np.random.Generator,
    I: int,
    H: int,
    scale: float,
    dtype,
    forget_bias: float = 0.0,
    chrono: int = 0,
) -> dict:
    """Every weight and both biases uniform in ±scale, as PyTorch's nn.GRU (b and b_h are its
    bias_ih and bias_hh); forget_bias is added to the update gate's input bias (z near 1
    keeps h, as the LSTM's forget gate keeps c)."""
    params = uniform_init(rng, shapes(I, H), scale, dtype, summed=())
    if chrono:  # z near 1 keeps h: the update gate plays the forget gate's part
        params["b"][H : 2 * H] = chrono_bias(rng, H, chrono).astype(dtype)
        params["b_h"][H : 2 * H] = 0
    params["b"][H : 2 * H] += forget_bias
    return params


def forward(params: dict, x: np.ndarray, state: tuple) -> tuple:
    """x (T, B, I) or ids (T, B); state (h0,) -> hs (T, B, H), (h_T,), cache."""
    W_h, b_h = params["W_h"], params["b_h"]
    (h,) = state
    H = W_h.shape[0]
    gates = project_input(params["W_x"], params["b"], x)  # (T, B, 3H) -> r, z, n in place
    T, B = gates.shape[:2]
    scale, shift = gate_affine("ss", H, W_h.dtype)
    hidden_n = np.empty((T, B, H), dtype=W_h.dtype)  # h_{t-1} W_hn + b_hn
    hs = np.empty_like(hidden_n)
    product = recurrent_product(W_h, B, T)  # h·W_h in its fastest form, same bits
    for t in range(T):
        # gates[t] (B, 3H) holds the input's share of the pre-activations; it becomes r, z, n
        rz, n = gates[t, :, : 2 * H], gates[t, :, 2 * H :]
        recurrent = product(h)  # (B, 3H), the product's own buffer: used in place
        recurrent += b_h
        rz += recurrent[:, : 2 * H]
        rz *= scale
        np.tanh(rz, out=rz)
        rz *= scale
        rz += shift
        r, z = rz[:, :H], rz[:, H:]
        hidden_n[t] = recurrent[:, 2 * H :]
        np.multiply(r, hidden_n[t], out=recurrent[:, 2 * H :])
        n += recurrent[:, 2 * H :]
        np.tanh(n, out=n)
        np.subtract(h, n, out=hs[t])  # h_t = n + z ⊙ (h_{t-1} − n)
        hs[t] *= z
        hs[t] += n
        h = hs[t]
    return hs, (hs[-1].copy(),), Cache(params, x, state, gates, hidden_n, hs)


def gate_values(cache: Cache) -> tuple:
    """The gate values of a forward's cache, (r, z, n), each (T, B, H)."""
    return gate_blocks(cache.gates, 3)


def backward(dhs: np.ndarray, cache: Cache, dstate: tuple | None = None) -> tuple:
    """dhs (T, B, H); dstate (dh_T,) or None -> grads, dx or None, (dh0,)."""
    params, x, (h0,), gates, hidden_n, hs = cache
    W_h = params["W_h"]
    T, B, H = hs.shape
    r, z, n = gate_blocks(gates, 3)  # (T, B, H) each
    slope = gate_slope(gates, *gate_affine("sst", H, W_h.dtype))  # (T, B, 3H)
    slope_r, slope_z, slope_n = gate_blocks(slope, 3)
    dpre_x = np.empty_like(gates)  # (T, B, 3H): ∂loss/∂(x W_x + b)
    dpre_h = np.empty_like(gates)  # (T, B, 3H): ∂loss/∂(h W_h + b_h)
    dr, dz, dn = gate_blocks(dpre_x, 3)  # the gradients w.r.t. the gates' pre-activations
    dn_h = gate_blocks(dpre_h, 3)[2]  # n's recurrent share, scaled by r
    (dh,) = state_gradients(dstate, 1, B, H, W_h.dtype)
    tmp = np.empty((B, H), dtype=W_h.dtype)
    product = recurrent_product(W_h.T, B, T)  # dpre_h·W_hᵀ
    for t in range(T - 1, -1, -1):
        dh += dhs[t]
        np.subtract(1, z[t], out=tmp)
        np.multiply(dh, tmp, out=dn[t])
        dn[t] *= slope_n[t]  # dn = dh ⊙ (1 − z) ⊙ tanh'_n
        np.subtract(previous(h0, hs, t), n[t], out=tmp)
        np.multiply(dh, tmp, out=dz[t])
        dz[t] *= slope_z[t]  # dz = dh ⊙ (h_{t-1} − n) ⊙ σ'_z
        np.multiply(dn[t], hidden_n[t], out=dr[t])
        dr[t] *= slope_r[t]  # dr = dn ⊙ (h_{t-1} W_hn + b_hn) ⊙ σ'_r
        dpre_h[t, :, : 2 * H] = dpre_x[t, :, : 2 * H]  # r and z: the same on both sides
        np.multiply(dn[t], r[t], out=dn_h[t])
        dh *= z[t]  # the direct path z ⊙ h_{t-1}, plus the path through h W_h:
        dh += product(dpre_h[t])
    grads, dx = input_gradient(params["W_x"], x, dpre_x)
    grads["W_h"] = recurrent_weight_gradient(h0, hs, dpre_h)
    grads["b_h"] = dpre_h.reshape(T * B, 3 * H).sum(axis=0)
    return grads, dx, (dh,)
