"""LSTM layer over a whole sequence: fused gates, hand-written backward, pure numpy.

Per time step, with [h, x] the concatenation of the previous hidden state and the input,
σ the logistic function and ⊙ the elementwise product:

    i_t = σ(W_i·[h_{t-1}, x_t] + b_i)        input gate
    f_t = σ(W_f·[h_{t-1}, x_t] + b_f)        forget gate
    g_t = tanh(W_g·[h_{t-1}, x_t] + b_g)     candidate cell values
    o_t = σ(W_o·[h_{t-1}, x_t] + b_o)        output gate
    c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
    h_t = o_t ⊙ tanh(c_t)

(A well-known write-up gives i_t with the forget gate's W_f, b_f; that is a typo: the input
gate has its own W_i, b_i, as above.)

Fused layout, the same as the checkpoint format and PyTorch's nn.LSTM:
    W_x (I, 4H)   input weights;     PyTorch weight_ih_l{k} is W_x.T
    W_h (H, 4H)   recurrent weights; PyTorch weight_hh_l{k} is W_h.T
    b   (4H,)     one bias;          PyTorch bias_ih_l{k} + bias_hh_l{k}
with the 4H columns in gate blocks [i | f | g | o].

Shapes: T time steps, B batch, I input width, H hidden units. The input is either a float
array (T, B, I) or, for one-hot input, integer ids (T, B); then x_t·W_x is the row W_x[id].

The input projection of all T steps is one matrix product (or one row lookup) before the
recurrent loop, and each weight gradient is one product after the backward loop, so only
(B, H)·(H, 4H) products run per step (in the form that measures fastest for the shape among
those with the same bits, product.recurrent_product). The same code runs for every T,
generation's T = 1 included.

Memory: the cache holds, per layer, gates T·B·4H + c T·B·H + tanh(c) T·B·H + h T·B·H values
(7·T·B·H), plus the input ids or the (T, B, I) input it was given. It keeps the gate values
block by block, (T, 4, B, H), in the input projection's memory (forward says why);
gate_values reads them.

The three sigmoids and the tanh run as one tanh over the whole (B, 4H) block, using
σ(z) = ½·tanh(z/2) + ½: gates = tanh(z ⊙ s) ⊙ s + m with s = ½ and m = ½ on the i, f, o
blocks and s = 1, m = 0 on the g block. The derivative is then s² − (gates − m)² for every
block: σ' = σ(1 − σ) = ¼ − (σ − ½)² and tanh' = 1 − g².
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from charlstm.cells.common import (
    cell_slope,
    chrono_bias,
    gate_affine,
    gate_slope,
    input_gradient,
    project_input,
    recurrent_weight_gradient,
    state_gradients,
    uniform_init,
)
from charlstm.cells.product import recurrent_product, transposed_by_rule

STATE = ("h", "c")


class Cache(NamedTuple):
    """What forward keeps for backward; also the cache of the peephole and coupled cells,
    whose gates are in rows, (T, B, G·H); read them with each cell's gate_values."""

    params: dict
    x: np.ndarray  # (T, B, I) input, or (T, B) ids
    state: tuple  # (h0, c0), each (B, H)
    gates: np.ndarray  # gate values after σ and tanh: here (T, 4, B, H) blocks [i, f, g, o]
    c: np.ndarray  # (T, B, H) cell states
    tanh_c: np.ndarray  # (T, B, H)
    h: np.ndarray  # (T, B, H) outputs


def shapes(I: int, H: int) -> dict:
    return {"W_x": (I, 4 * H), "W_h": (H, 4 * H), "b": (4 * H,)}


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
    the forget gate's bias (a positive value makes the cell start out remembering)."""
    return init_gates(rng, shapes(I, H), H, scale, dtype, forget_bias, chrono)


def init_gates(rng, array_shapes: dict, H: int, scale, dtype, forget_bias, chrono) -> dict:
    """init() for any cell with the fused [i | f | g | o] bias (this one and peephole.py):
    array_shapes {key: shape} uniform in ±scale, then the forget gate's bias set."""
    params = uniform_init(rng, array_shapes, scale, dtype)
    if chrono:
        forget = chrono_bias(rng, H, chrono).astype(dtype)
        params["b"][:H], params["b"][H : 2 * H] = -forget, forget
    params["b"][H : 2 * H] += forget_bias
    return params


def forward(params: dict, x: np.ndarray, state: tuple) -> tuple:
    """Run the layer over a sequence.

    params: {"W_x": (I, 4H), "W_h": (H, 4H), "b": (4H,)}
    x: (T, B, I) floats, or (T, B) integer ids for one-hot input
    state: (h0, c0), each (B, H)
    returns: hs (T, B, H), (h_T, c_T), Cache (its gates block by block, (T, 4, B, H))
    """
    W_h = params["W_h"]
    h, c = state
    H = W_h.shape[0]
    scale, shift = gate_affine("ssts", H, W_h.dtype)
    T, B = x.shape[:2]
    # Scale the pre-activations by s before the loop, which saves one pass over the (B, 4H)
    # block per step: the inputs' share with the input projection, the recurrent share
    # through a scaled copy of W_h, made in the layout of the product's form (for generation,
    # T = 1, the copy would cost more than it saves).
    pre = project_input(params["W_x"], params["b"], x, scale if T > 1 else None)  # (T, B, 4H)
    product = recurrent_product(
        W_h, B, T, T > 1 and transposed_by_rule(B, H), scale if T > 1 else None
    )
    # The gate values are kept block by block, (T, 4, B, H), so that each step's products of
    # gates and states run on contiguous (B, H) blocks: numpy multiplies a strided (B, H)
    # view of a (B, 4H) row about 2.5x slower than a contiguous block at B = 16, H = 128
    # (docs/speed.md, "The gates block by block, and the product in pieces"). They take the
    # memory of the pre-activations: step t's pre-activations are read into a row before its
    # gate values are written over them.
    gates = pre.reshape(T, 4, B, H)
    z = np.empty((B, 4 * H), dtype=W_h.dtype)  # one step's pre-activations, then gate values
    z_blocks = z.reshape(B, 4, H).transpose(1, 0, 2)  # (4, B, H) view
    # (B, 4H) copies of s and m: numpy runs a contiguous operand faster than a broadcast one
    scale_rows, shift_rows = np.tile(scale, (B, 1)), np.tile(shift, (B, 1))
    cs = np.empty((T, B, H), dtype=W_h.dtype)
    tanh_cs = np.empty_like(cs)
    hs = np.empty_like(cs)
    ig = np.empty((B, H), dtype=W_h.dtype)
    for t in range(T):
        np.add(pre[t], product(h), out=z)
        if T == 1:
            z *= scale_rows
        np.tanh(z, out=z)
        z *= scale_rows
        z += shift_rows
        i, f, g, o = gates_t = gates[t]  # (B, H) each, contiguous
        np.copyto(gates_t, z_blocks)
        c_t, tanh_c_t, h_t = cs[t], tanh_cs[t], hs[t]
        np.multiply(f, c, out=c_t)
        np.multiply(i, g, out=ig)
        c_t += ig  # c_t = f ⊙ c_{t-1} + i ⊙ g
        np.tanh(c_t, out=tanh_c_t)
        np.multiply(o, tanh_c_t, out=h_t)
        h, c = h_t, c_t
    cache = Cache(params, x, state, gates, cs, tanh_cs, hs)
    return hs, (hs[-1].copy(), cs[-1].copy()), cache


def gate_values(cache: Cache) -> tuple:
    """The gate values of a forward's cache, (i, f, g, o), each (T, B, H)."""
    return tuple(cache.gates.transpose(1, 0, 2, 3))


def stepper(params: dict):
    """Generation's step for these parameters: a function (x, state) -> (h, new state) that
    is forward() at T = 1 without its cache, its (T, B, H) arrays and their views, in the
    same operations, so with the same bits (tests/test_cell_numerics.py). At batch 1 a step
    is two small products and a dozen elementwise calls, and forward's bookkeeping around
    them was a tenth of a 2 × 512 model's character (docs/speed.md, "Sampling").

    The gates' scale s (½ on the sigmoid blocks, 1 on g) is folded into copies of the
    weights made here, once for every step taken with them (as forward's scaled W_h for
    T > 1): scaling by a power of two is exact, so tanh gets the same values, and a step
    saves its pass over the gate block, and with one-hot input the bias's (the rows of
    s·(W_x + b) are looked up).

    x: (B,) integer ids or (B, I) floats; state: (h, c), each (B, H)
    returns: h (B, H), (h, c) the new state (fresh arrays: a caller may keep the old one)
    """
    W_x, W_h, b = params["W_x"], params["W_h"], params["b"]
    H = W_h.shape[0]
    scale, shift = gate_affine("ssts", H, W_h.dtype)
    W_h = W_h * scale
    scaled = {}  # made at the first step that needs them: ids or float input

    def step(x: np.ndarray, state: tuple) -> tuple:
        h, c = state
        if x.ndim == 1:  # ids: a row of s·(W_x + b), as project_input's table
            if "table" not in scaled:
                scaled["table"] = (W_x + b) * scale
            z = scaled["table"][x]
        else:
            if "W_x" not in scaled:
                scaled["W_x"], scaled["b"] = W_x * scale, b * scale
            z = np.matmul(x, scaled["W_x"])
            z += scaled["b"]
        z += np.matmul(h, W_h)  # (B, 4H): s ⊙ the pre-activations
        np.tanh(z, out=z)
        z *= scale
        z += shift
        c_t = np.multiply(z[:, H : 2 * H], c)  # f ⊙ c_{t-1}
        c_t += np.multiply(z[:, :H], z[:, 2 * H : 3 * H])  # + i ⊙ g
        h_t = np.tanh(c_t)
        h_t *= z[:, 3 * H :]  # o ⊙ tanh(c_t)
        return h_t, (h_t, c_t)

    return step


def backward(dhs: np.ndarray, cache: Cache, dstate: tuple | None = None) -> tuple:
    """Backpropagate through the sequence.

    dhs: (T, B, H) gradient of the loss with respect to every output h_t
    dstate: (dh_T, dc_T) gradient with respect to the final state, or None for zero
    returns: grads {"W_x", "W_h", "b"}, dx (T, B, I) or None for one-hot input, (dh0, dc0)
    """
    params, x, (h0, c0), gates, cs, tanh_cs, hs = cache
    W_h = params["W_h"]
    T, B, H = hs.shape
    i, f, g, o = gate_values(cache)  # (T, B, H) each

    # Per step, with di, df, dg, do the gradients w.r.t. the gates' pre-activations:
    #   di = dc ⊙ g ⊙ σ'_i,  df = dc ⊙ c_{t-1} ⊙ σ'_f,  dg = dc ⊙ i ⊙ tanh'_g,
    #   do = dh ⊙ tanh(c) ⊙ σ'_o.
    # Every factor but dc and dh is known before the loop, so those products are computed
    # for all steps at once, in place in the array of gate slopes, (T, 4, B, H) as the gates.
    # s and m per block, tiled to (4, B, H): a contiguous operand is faster than (4, 1, H)
    scale, shift = (
        np.tile(v.reshape(4, 1, H), (1, B, 1)) for v in gate_affine("ssts", H, W_h.dtype)
    )
    slope = gate_slope(gates, scale, shift)
    di_per_dc, df_per_dc, dg_per_dc, do_per_dh = slope.transpose(1, 0, 2, 3)
    di_per_dc *= g
    df_per_dc[0] *= c0
    df_per_dc[1:] *= cs[:-1]
    dg_per_dc *= i
    do_per_dh *= tanh_cs
    dc_per_dh = cell_slope(tanh_cs, o)  # o ⊙ (1 − tanh²c)  (T, B, H)
    # dh_{t-1} = dpre_t·W_hᵀ, in the form measured fastest with these bits
    # (product.recurrent_product); plain, by a contiguous W_hᵀ: contiguous is faster
    product = recurrent_product(W_h.T, B, T, transposed_by_rule(B, H), contiguous=True)

    dpre = np.empty((T, B, 4 * H), dtype=W_h.dtype)  # ∂loss/∂pre-activations, in rows
    dpre_blocks = dpre.reshape(T, B, 4, H).transpose(0, 2, 1, 3)  # (T, 4, B, H) view
    d_ifg, do = dpre_blocks[:, :3], dpre_blocks[:, 3]  # [di | df | dg] and do, per step
    dh, dc = state_gradients(dstate, 2, B, H, W_h.dtype)
    dc_from_h = np.empty((B, H), dtype=W_h.dtype)
    recurrent = None  # dpre_{t+1}·W_hᵀ, the path from the later step
    for t in range(T - 1, -1, -1):
        if recurrent is None:
            dh += dhs[t]
        else:
            np.add(recurrent, dhs[t], out=dh)
        np.multiply(dh, dc_per_dh[t], out=dc_from_h)
        dc += dc_from_h
        # di, df and dg are dc times their coefficients: one product over the three blocks
        np.multiply(dc, slope[t, :3], out=d_ifg[t])
        np.multiply(dh, do_per_dh[t], out=do[t])
        dc *= f[t]  # dc_{t-1}
        recurrent = product(dpre[t])  # dh_{t-1}, less the gradient from output t-1
    np.copyto(dh, recurrent)

    grads, dx = input_gradient(params["W_x"], x, dpre)
    grads["W_h"] = recurrent_weight_gradient(h0, hs, dpre)
    return grads, dx, (dh, dc)
