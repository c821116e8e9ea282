"""The cell equations, written out naively (one gate and one time step at a time, as the
cells' docstrings state them), for tests to compare charlstm's fused code with. Nothing
here is shared with charlstm's cells: float64, no fused tanh, no caches.

run(cell, params, x, state) -> hs (T, B, H), final state, {quantity: (T, B, H)}
with x (T, B, I) floats and the quantities of charlstm.inside (hidden, cell, input, forget,
candidate, output, reset, update) that the cell has.
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
