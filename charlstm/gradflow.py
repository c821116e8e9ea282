"""How far back the loss reaches: the norm of ∂loss_t/∂h_{t−k} against k, averaged over
positions t of a text. Pure numpy, no I/O; viz.py draws the curves.

loss_t = −log p(x_{t+1} | x_1 … x_t) is the loss of one prediction, and h_{t−k} the hidden
state of the top layer k steps earlier (after reading x_{t−k}), taken as a node of the
graph: for the LSTM family the cell state c_{t−k} is held fixed, so every path from h_{t−k}
to the loss counts, including those that run through later cell states. The top layer's
state feeds nothing below it, so its gradient needs only the top layer's own recurrence
(the layers below give its inputs and are held fixed); for a one-layer model this is the
only layer.

The gradients come from the cells' own backward: the top layer runs from the state at t−K
one step at a time (T = 1 calls of forward), keeping each step's cache, and backward then
walks the K caches back, turning ∂loss_t/∂state_{t−k+1} into ∂loss_t/∂state_{t−k}. So one
sweep gives every k = 0 … K, and the N positions run side by side as the batch.
"""

from __future__ import annotations

import numpy as np

from charlstm.errors import CharlstmError
from charlstm.model import Model, softmax

MAX_CHARS = 50_000  # positions are spread over at most this many characters of the text


def spread_positions(length: int, max_k: int, count: int) -> np.ndarray:
    """`count` positions t, evenly spread over a text of `length` characters, each with K
    characters before it and one after it (the target): K ≤ t ≤ length − 2."""
    first, last = max_k, length - 2
    if last < first:
        raise CharlstmError(
            f"text too short for --max-k {max_k}: it has {length} characters and needs at "
            f"least {max_k + 2}"
        )
    count = min(count, last - first + 1)
    return np.unique(np.linspace(first, last, count).round().astype(np.int64))


def top_layer_inputs(net: Model, ids: np.ndarray, chunk: int = 256):
    """The input of the top layer at every step of ids (N,) from a zero state: ids themselves
    for a one-layer one-hot model, else floats (N, I)."""
    x = net.params["embed.W"][ids] if "embed.W" in net.params else ids
    layers = net.num_layers
    if layers == 1:
        return x
    state = net.zero_state(1)[: layers - 1]
    out = []
    for t0 in range(0, len(ids), chunk):
        h = x[t0 : t0 + chunk, None]
        for l in range(layers - 1):
            h, state[l], _ = net.layer.forward(net.layer_params(l), h, state[l])
        out.append(h[:, 0])
    return np.concatenate(out)


def top_layer_states(net: Model, inputs, stops: np.ndarray) -> tuple:
    """The top layer's state after reading inputs[s] for each s of the increasing `stops`,
    from a zero state: a tuple like the state, each array (len(stops), H)."""
    layer = net.layer
    top = net.layer_params(net.num_layers - 1)
    state = net.zero_state(1)[-1]
    kept, start = [], 0
    for s in stops:
        if s + 1 > start:
            _, state, _ = layer.forward(top, inputs[start : s + 1, None], state)
            start = s + 1
        kept.append(state)
    return tuple(np.concatenate([k[i] for k in kept]) for i in range(len(state)))


def loss_gradients(net: Model, ids: np.ndarray, positions: np.ndarray, max_k: int):
    """∂loss_t/∂(state of the top layer after x_{t−k}) for every position t and k = 0 … K.

    ids: (N,) the text; positions: (P,) with K ≤ t ≤ N − 2
    returns: a tuple like the state (dh, and dc for the LSTM family), each (K + 1, P, H),
    indexed [k, position]
    """
    layer, params = net.layer, net.params
    top = net.layer_params(net.num_layers - 1)
    inputs = top_layer_inputs(net, ids[: positions.max() + 1])
    state = top_layer_states(net, inputs, positions - max_k)
    caches = []
    for j in range(1, max_k + 1):  # step j reads x_{t−K+j}
        _, state, cache = layer.forward(top, inputs[positions - max_k + j][None], state)
        caches.append(cache)
    h = state[0]  # (P, H): h_t
    logits = (h @ params["head.W"] + params["head.b"]).astype(np.float64)  # (P, V)
    probs, _ = softmax(logits)
    probs[np.arange(len(positions)), ids[positions + 1]] -= 1  # ∂loss_t/∂logits
    dstate = [np.zeros_like(s) for s in state]
    dstate[0] = (probs @ params["head.W"].T.astype(np.float64)).astype(h.dtype)
    out = tuple(np.empty((max_k + 1, *s.shape), dtype=s.dtype) for s in state)
    for i, d in enumerate(dstate):
        out[i][0] = d
    no_output_gradient = np.zeros((1, *h.shape), dtype=h.dtype)
    for k in range(1, max_k + 1):
        _, _, dstate = layer.backward(no_output_gradient, caches[max_k - k], tuple(dstate))
        for i, d in enumerate(dstate):
            out[i][k] = d
    return out


def flow(net: Model, ids: np.ndarray, *, max_k: int, positions: int) -> dict:
    """Mean over `positions` positions t (evenly spread over the first MAX_CHARS characters)
    of ‖∂loss_t/∂h_{t−k}‖₂ for k = 0 … K, and of ‖∂loss_t/∂c_{t−k}‖₂ for cells with a cell
    state: {"k", "positions", "grad_norm", "cell_grad_norm" (None without a cell state)}."""
    where = spread_positions(min(len(ids), MAX_CHARS), max_k, positions)
    # float64: in float32 the RNN's norms fall below the smallest normal number within ~200 steps
    net = Model(net.cell, {key: value.astype(np.float64) for key, value in net.params.items()})
    grads = loss_gradients(net, ids, where, max_k)
    norms = [np.linalg.norm(g.astype(np.float64), axis=2).mean(axis=1) for g in grads]
    return {
        "k": list(range(max_k + 1)),
        "positions": len(where),
        "grad_norm": [float(v) for v in norms[0]],
        "cell_grad_norm": [float(v) for v in norms[1]] if len(norms) > 1 else None,
    }
