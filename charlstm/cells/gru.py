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

import numpy as np

from charlstm.cells.common import (
    gate_affine,
    gate_slope,
    input_gradient,
    previous,
    project_input,
    recurrent_weight_gradient,
    state_gradients,
    uniform_init,
)

STATE = ("h",)


def shapes(I: int, H: int) -> dict:
    return {"W_x": (I, 3 * H), "W_h": (H, 3 * H), "b": (3 * H,), "b_h": (3 * H,)}


def init(
    rng: np.random.Generator, I: int, H: int, scale: float, dtype, forget_bias: float = 0.0
) -> dict:
    """Every weight and both biases uniform in ±scale, as PyTorch's nn.GRU (b and b_h are its
    bias_ih and bias_hh); forget_bias is added to the update gate's input bias (z near 1
    keeps h, as the LSTM's forget gate keeps c)."""
    params = uniform_init(rng, shapes(I, H), scale, dtype, summed=())
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
    recurrent = np.empty((B, 3 * H), dtype=W_h.dtype)
    for t in range(T):
        z = gates[t]
        np.matmul(h, W_h, out=recurrent)
        recurrent += b_h
        rz, n = z[:, : 2 * H], z[:, 2 * H :]
        rz += recurrent[:, : 2 * H]
        rz *= scale
        np.tanh(rz, out=rz)
        rz *= scale
        rz += shift
        hidden_n[t] = recurrent[:, 2 * H :]
        np.multiply(rz[:, :H], hidden_n[t], out=recurrent[:, 2 * H :])
        n += recurrent[:, 2 * H :]
        np.tanh(n, out=n)
        np.subtract(h, n, out=hs[t])  # h_t = n + z ⊙ (h_{t-1} − n)
        hs[t] *= rz[:, H:]
        hs[t] += n
        h = hs[t]
    return hs, (hs[-1].copy(),), (params, x, state, gates, hidden_n, hs)


def backward(dhs: np.ndarray, cache: tuple, dstate: tuple | None = None) -> tuple:
    """dhs (T, B, H); dstate (dh_T,) or None -> grads, dx or None, (dh0,)."""
    params, x, (h0,), gates, hidden_n, hs = cache
    W_h = params["W_h"]
    T, B, H = hs.shape
    slope = gate_slope(gates, *gate_affine("sst", H, W_h.dtype))  # (T, B, 3H)
    dx_pre = np.empty_like(gates)  # ∂loss/∂(x W_x + b)
    dh_pre = np.empty_like(gates)  # ∂loss/∂(h W_h + b_h)
    (dh,) = state_gradients(dstate, 1, B, H, W_h.dtype)
    tmp = np.empty((B, H), dtype=W_h.dtype)
    for t in range(T - 1, -1, -1):
        dh += dhs[t]
        gate, dxp, dhp = gates[t], dx_pre[t], dh_pre[t]
        r, z, n = gate[:, :H], gate[:, H : 2 * H], gate[:, 2 * H :]
        np.subtract(1, z, out=tmp)
        np.multiply(dh, tmp, out=dxp[:, 2 * H :])  # dn = dh ⊙ (1 − z)
        dxp[:, 2 * H :] *= slope[t, :, 2 * H :]  # through tanh
        np.subtract(previous(h0, hs, t), n, out=tmp)
        np.multiply(dh, tmp, out=dxp[:, H : 2 * H])  # dz = dh ⊙ (h_{t-1} − n)
        np.multiply(dxp[:, 2 * H :], hidden_n[t], out=dxp[:, :H])  # dr
        dxp[:, : 2 * H] *= slope[t, :, : 2 * H]
        dhp[:, : 2 * H] = dxp[:, : 2 * H]
        np.multiply(dxp[:, 2 * H :], r, out=dhp[:, 2 * H :])
        dh *= z  # the direct path z ⊙ h_{t-1}, plus the path through h W_h:
        np.matmul(dhp, W_h.T, out=tmp)
        dh += tmp
    grads, dx = input_gradient(params["W_x"], x, dx_pre)
    grads["W_h"] = recurrent_weight_gradient(h0, hs, dh_pre)
    grads["b_h"] = dh_pre.reshape(T * B, 3 * H).sum(axis=0)
    return grads, dx, (dh,)
