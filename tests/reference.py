"""The cell equations, written out naively (one gate and one time step at a time, as the
cells' docstrings state them), for tests to compare charlstm's fused code with. Nothing
here is shared with charlstm's cells: float64, no fused tanh, no caches.

run(cell, params, x, state) -> hs (T, B, H), final state, {quantity: (T, B, H)}
with x (T, B, I) floats and the quantities of charlstm.inside (hidden, cell, input, forget,
candidate, output, reset, update) that the cell has.

backward(cell, params, x, state, dhs, dfinal) -> grads, dx, dstate0: the gradients of
Σ hs ⊙ dhs + Σ final ⊙ dfinal, derived a second time by the chain rule through each step's
equations, gate by gate, from the last step to the first; x may be (T, B) integer ids.
"""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def blocks(array, n):
    """The n gate blocks of the last axis."""
    H = array.shape[-1] // n
    return [array[..., k * H : (k + 1) * H] for k in range(n)]


def lstm_step(p, x, h, c, peephole=False):
    """i, f, g, o from W·[h, x] + b; c = f ⊙ c + i ⊙ g; h = o ⊙ tanh(c). With peepholes,
    i and f also see p ⊙ c_{t-1}, and o sees p_o ⊙ c_t."""
    W = np.concatenate([p["W_h"], p["W_x"]], axis=0)  # (H + I, 4H) acting on [h, x]
    W_i, W_f, W_g, W_o = blocks(W, 4)
    b_i, b_f, b_g, b_o = blocks(p["b"], 4)
    zero = np.zeros(h.shape[-1])
    p_i, p_f, p_o = (p["p_i"], p["p_f"], p["p_o"]) if peephole else (zero, zero, zero)
    hx = np.concatenate([h, x], axis=-1)
    i = sigmoid(hx @ W_i + p_i * c + b_i)
    f = sigmoid(hx @ W_f + p_f * c + b_f)
    g = np.tanh(hx @ W_g + b_g)
    c = f * c + i * g
    o = sigmoid(hx @ W_o + p_o * c + b_o)
    h = o * np.tanh(c)
    return (h, c), {"input": i, "forget": f, "candidate": g, "output": o}


def coupled_step(p, x, h, c):
    """The CIFG LSTM: i = 1 − f."""
    W = np.concatenate([p["W_h"], p["W_x"]], axis=0)
    W_f, W_g, W_o = blocks(W, 3)
    b_f, b_g, b_o = blocks(p["b"], 3)
    hx = np.concatenate([h, x], axis=-1)
    f = sigmoid(hx @ W_f + b_f)
    g = np.tanh(hx @ W_g + b_g)
    o = sigmoid(hx @ W_o + b_o)
    c = f * c + (1 - f) * g
    h = o * np.tanh(c)
    return (h, c), {"input": 1 - f, "forget": f, "candidate": g, "output": o}


def rnn_step(p, x, h):
    h = np.tanh(x @ p["W_x"] + h @ p["W_h"] + p["b"])
    return (h,), {}


def gru_step(p, x, h):
    """PyTorch's nn.GRU equations, gate by gate."""
    W_xr, W_xz, W_xn = blocks(p["W_x"], 3)
    W_hr, W_hz, W_hn = blocks(p["W_h"], 3)
    b_xr, b_xz, b_xn = blocks(p["b"], 3)
    b_hr, b_hz, b_hn = blocks(p["b_h"], 3)
    r = sigmoid(x @ W_xr + b_xr + h @ W_hr + b_hr)
    z = sigmoid(x @ W_xz + b_xz + h @ W_hz + b_hz)
    n = np.tanh(x @ W_xn + b_xn + r * (h @ W_hn + b_hn))
    h = (1 - z) * n + z * h
    return (h,), {"reset": r, "update": z, "candidate": n}


STEPS = {
    "lstm": lstm_step,
    "peephole": lambda p, x, h, c: lstm_step(p, x, h, c, peephole=True),
    "coupled": coupled_step,
    "rnn": rnn_step,
    "gru": gru_step,
}


def run(cell, p, x, state):
    """The cell over x (T, B, I) from state: hs (T, B, H), final state, {quantity: (T, B, H)}."""
    hs, values = [], {}
    for x_t in x:
        state, gates = STEPS[cell](p, x_t, *state)
        gates = {**gates, "hidden": state[0], **({"cell": state[1]} if len(state) > 1 else {})}
        for name, value in gates.items():
            values.setdefault(name, []).append(value)
        hs.append(state[0])
    return np.stack(hs), state, {name: np.stack(v) for name, v in values.items()}


# The backward steps. Each recomputes its step's gates with the forward step above and
# returns (dx_t, d state_{t-1}...) given the gradient reaching its outputs: dh the whole
# gradient w.r.t. h_t, dc (cells with c) the gradient reaching c_t from later steps and the
# loss. It adds the parameters' gradients into grads, whose per-gate blocks are views.
# σ' is written σ(1 − σ) and tanh' 1 − tanh², the textbook forms.


def affine_backward(das, p, x, h, grads):
    """Back through each gate's pre-activation a = x W_x + h W_h + b, the gates in the
    order of p's fused blocks: adds each block's weight and bias gradients into grads and
    returns (dx, dh) summed over the gates."""
    n = len(das)
    dx, dh = np.zeros_like(x), np.zeros_like(h)
    per_gate = zip(
        das,
        blocks(p["W_h"], n),
        blocks(p["W_x"], n),
        blocks(grads["W_h"], n),
        blocks(grads["W_x"], n),
        blocks(grads["b"], n),
        strict=True,
    )
    for da, W_h, W_x, dW_h, dW_x, db in per_gate:
        dW_h += h.T @ da
        dW_x += x.T @ da
        db += np.sum(da, axis=0)
        dh += da @ W_h.T
        dx += da @ W_x.T
    return dx, dh


def lstm_step_backward(p, x, h, c, dh, dc, grads, peephole=False):
    """Back through i, f, g, o; c_t = f ⊙ c + i ⊙ g; h_t = o ⊙ tanh(c_t) (and peepholes)."""
    (_, c_t), gates = lstm_step(p, x, h, c, peephole)
    i, f, g, o = gates["input"], gates["forget"], gates["candidate"], gates["output"]
    tanh_c_t = np.tanh(c_t)
    d_o = dh * tanh_c_t  # ∂/∂o
    da_o = d_o * o * (1 - o)  # ∂/∂ o's pre-activation
    dc_t = dc + dh * o * (1 - tanh_c_t**2)
    if peephole:  # o's pre-activation has p_o ⊙ c_t
        dc_t = dc_t + da_o * p["p_o"]
    da_i = dc_t * g * i * (1 - i)
    da_f = dc_t * c * f * (1 - f)
    da_g = dc_t * i * (1 - g**2)
    dc_prev = dc_t * f
    if peephole:  # i's and f's pre-activations have p_i ⊙ c_{t-1}, p_f ⊙ c_{t-1}
        dc_prev = dc_prev + da_i * p["p_i"] + da_f * p["p_f"]
        grads["p_i"] += np.sum(da_i * c, axis=0)
        grads["p_f"] += np.sum(da_f * c, axis=0)
        grads["p_o"] += np.sum(da_o * c_t, axis=0)
    dx, dh_prev = affine_backward((da_i, da_f, da_g, da_o), p, x, h, grads)
    return dx, dh_prev, dc_prev


def coupled_step_backward(p, x, h, c, dh, dc, grads):
    """Back through f, g, o; c_t = f ⊙ c + (1 − f) ⊙ g; h_t = o ⊙ tanh(c_t)."""
    (_, c_t), gates = coupled_step(p, x, h, c)
    f, g, o = gates["forget"], gates["candidate"], gates["output"]
    tanh_c_t = np.tanh(c_t)
    da_o = dh * tanh_c_t * o * (1 - o)
    dc_t = dc + dh * o * (1 - tanh_c_t**2)
    da_f = dc_t * (c - g) * f * (1 - f)  # f appears twice: f ⊙ c and (1 − f) ⊙ g
    da_g = dc_t * (1 - f) * (1 - g**2)
    dc_prev = dc_t * f
    dx, dh_prev = affine_backward((da_f, da_g, da_o), p, x, h, grads)
    return dx, dh_prev, dc_prev


def rnn_step_backward(p, x, h, dh, grads):
    """Back through h_t = tanh(x W_x + h W_h + b)."""
    (h_t,), _ = rnn_step(p, x, h)
    return affine_backward((dh * (1 - h_t**2),), p, x, h, grads)


def gru_step_backward(p, x, h, dh, grads):
    """Back through r, z, n (r inside n, on h's share only) and h_t = (1 − z) ⊙ n + z ⊙ h."""
    _, gates = gru_step(p, x, h)
    r, z, n = gates["reset"], gates["update"], gates["candidate"]
    W_xr, W_xz, W_xn = blocks(p["W_x"], 3)
    W_hr, W_hz, W_hn = blocks(p["W_h"], 3)
    dW_xr, dW_xz, dW_xn = blocks(grads["W_x"], 3)
    dW_hr, dW_hz, dW_hn = blocks(grads["W_h"], 3)
    db_xr, db_xz, db_xn = blocks(grads["b"], 3)
    db_hr, db_hz, db_hn = blocks(grads["b_h"], 3)
    hidden_n = h @ W_hn + blocks(p["b_h"], 3)[2]  # h W_hn + b_hn, which r multiplies
    dh_prev = dh * z  # the direct path z ⊙ h
    dn = dh * (1 - z)
    dz = dh * (h - n)
    da_n = dn * (1 - n**2)  # n's pre-activation: x W_xn + b_xn + r ⊙ hidden_n
    dr = da_n * hidden_n
    d_hidden_n = da_n * r
    da_r = dr * r * (1 - r)
    da_z = dz * z * (1 - z)
    dx = da_n @ W_xn.T
    dW_xn += x.T @ da_n
    db_xn += np.sum(da_n, axis=0)
    dh_prev += d_hidden_n @ W_hn.T
    dW_hn += h.T @ d_hidden_n
    db_hn += np.sum(d_hidden_n, axis=0)
    for da, W_x, W_h, dW_x, dW_h, db_x, db_h in (
        (da_r, W_xr, W_hr, dW_xr, dW_hr, db_xr, db_hr),
        (da_z, W_xz, W_hz, dW_xz, dW_hz, db_xz, db_hz),
    ):  # r and z: x W_x + b_x + h W_h + b_h
        dx += da @ W_x.T
        dW_x += x.T @ da
        db_x += np.sum(da, axis=0)
        dh_prev += da @ W_h.T
        dW_h += h.T @ da
        db_h += np.sum(da, axis=0)
    return dx, dh_prev


STEP_BACKWARDS = {
    "lstm": lstm_step_backward,
    "peephole": lambda p, x, h, c, dh, dc, grads: lstm_step_backward(
        p, x, h, c, dh, dc, grads, peephole=True
    ),
    "coupled": coupled_step_backward,
    "rnn": rnn_step_backward,
    "gru": gru_step_backward,
}


def backward(cell, p, x, state, dhs, dfinal):
    """Gradients of Σ hs ⊙ dhs + Σ final ⊙ dfinal for the cell run over x from state:
    ({key: array} for every key of p, dx (T, B, I) or None for ids, dstate0)."""
    ids = np.issubdtype(x.dtype, np.integer)
    if ids:  # (T, B) ids stand for one-hot rows of the identity
        x = np.eye(p["W_x"].shape[0])[x]
    states = [tuple(state)]  # states[t] is the state before step t
    for x_t in x:
        new_state, _ = STEPS[cell](p, x_t, *states[-1])
        states.append(new_state)
    grads = {key: np.zeros_like(value) for key, value in p.items()}
    dx = np.zeros_like(x)
    dstate = [d.copy() for d in dfinal]
    for t in reversed(range(len(x))):
        dstate[0] = dstate[0] + dhs[t]  # h_t reaches the loss directly and through step t + 1
        dx[t], *dstate = STEP_BACKWARDS[cell](p, x[t], *states[t], *dstate, grads)
    return grads, None if ids else dx, tuple(dstate)
