"""Pieces every cell shares: the input projection before the recurrent loop, and the input
and recurrent weight gradients after it (one matrix product each)."""

from __future__ import annotations

import functools

import numpy as np

ONE_HOT_LIMIT = 1 << 22  # elements of the one-hot matrix in scatter_add_rows (16 MB float32)


def chrono_bias(rng: np.random.Generator, H: int, horizon: int) -> np.ndarray:
    """Forget-gate biases log(u), u ~ U(1, horizon − 1): "chrono" initialization (Tallec and
    Ollivier, "Can recurrent neural networks warp time?", ICLR 2018). A unit whose forget gate
    starts at σ(log u) = u / (1 + u) keeps its cell for about u steps, so the units start with
    memory spans spread from one step to `horizon`, instead of all forgetting half their cell
    at every step (σ(0) = 0.5) and having to learn long spans from gradients that shrink by
    that half per step. The cells that take it set their input gate's bias to −log(u) as
    well (a slow unit starts closed to new input)."""
    return np.log(rng.uniform(1.0, horizon - 1.0, H))


def orthogonal_blocks(rng: np.random.Generator, H: int, width: int, dtype) -> np.ndarray:
    """An (H, width) recurrent matrix whose every (H, H) gate block is a random orthogonal
    matrix (the Q of a Gaussian's QR, signs fixed so that it is uniformly distributed): every
    singular value 1, so a gate's recurrent input neither shrinks nor grows a state as it
    passes through, where a uniform draw all but closes some directions (Saxe et al., 2014).
    On the long-dependency demo it made a seed that learned nothing learn
    (docs/longdep.md)."""
    blocks = []
    for _ in range(width // H):
        q, r = np.linalg.qr(rng.standard_normal((H, H)))
        blocks.append(q * np.sign(np.diag(r)))
    return np.concatenate(blocks, axis=1).astype(dtype)


def uniform_init(
    rng: np.random.Generator, shapes: dict, scale: float, dtype, summed: tuple = ("b",)
) -> dict:
    """Every parameter uniform in ±scale, as PyTorch initializes its recurrent layers. A bias
    named in `summed` stands for PyTorch's bias_ih + bias_hh, so it is drawn as the sum of
    two such draws. Random biases (rather than zeros) matter: with zero biases the LSTM took
    far longer to pick up the long-dependency task (README, "Long dependencies")."""
    params = {}
    for name, shape in shapes.items():
        value = rng.uniform(-scale, scale, shape)
        if name in summed:
            value += rng.uniform(-scale, scale, shape)
        params[name] = value.astype(dtype)
    return params


@functools.lru_cache(maxsize=64)  # generation calls this once per layer per character
def gate_affine(blocks: str, H: int, dtype) -> tuple[np.ndarray, np.ndarray]:
    """Scale s and shift m, (len(blocks)·H,), such that tanh(z ⊙ s) ⊙ s + m applies σ to the
    blocks marked "s" and tanh to those marked "t", in one tanh over the whole row.

    σ(z) = ½·tanh(z/2) + ½, so s = ½, m = ½ on σ blocks and s = 1, m = 0 on tanh blocks. The
    derivative is s² − (gate − m)² on every block: σ' = ¼ − (σ − ½)², tanh' = 1 − tanh².
    """
    scale = np.repeat([0.5 if kind == "s" else 1.0 for kind in blocks], H).astype(dtype)
    shift = np.repeat([0.5 if kind == "s" else 0.0 for kind in blocks], H).astype(dtype)
    scale.flags.writeable = shift.flags.writeable = False  # shared by every caller
    return scale, shift


def gate_blocks(array: np.ndarray, n: int) -> tuple:
    """The n gate blocks of the last axis (G = n·H columns), as views: for an LSTM's (…, 4H)
    gates, (i, f, g, o), each (…, H)."""
    H = array.shape[-1] // n
    return tuple(array[..., k * H : (k + 1) * H] for k in range(n))


def gate_slope(gates: np.ndarray, scale: np.ndarray, shift: np.ndarray) -> np.ndarray:
    """∂gate/∂pre-activation, s² − (gates − m)², for gates made by gate_affine's (s, m)."""
    slope = gates - shift
    np.square(slope, out=slope)
    np.subtract(scale * scale, slope, out=slope)
    return slope


def state_gradients(dstate: tuple | None, n: int, B: int, H: int, dtype) -> list:
    """Fresh, writable copies of the gradient w.r.t. the final state (n arrays of (B, H)), or
    zeros when none is given; backward accumulates into them."""
    if dstate is None:
        return [np.zeros((B, H), dtype=dtype) for _ in range(n)]
    return [d.copy() for d in dstate]


def cell_slope(tanh_cs: np.ndarray, o: np.ndarray) -> np.ndarray:
    """∂h_t/∂c_t = o_t ⊙ (1 − tanh²(c_t)) for every step at once: (T, B, H)."""
    slope = np.square(tanh_cs)
    np.subtract(1, slope, out=slope)
    slope *= o
    return slope


def is_ids(x: np.ndarray) -> bool:
    """Integer input means one-hot ids (T, B); float input is (T, B, I)."""
    return np.issubdtype(x.dtype, np.integer)


def project_input(W_x: np.ndarray, b: np.ndarray, x: np.ndarray, scale=None) -> np.ndarray:
    """x·W_x + b for every step at once, times `scale` (G,) when one is given: (T, B, G).
    For one-hot ids, a row lookup: of the table (W_x + b)·scale when it has no more rows
    than the lookup (one pass over the output instead of three, the same bits: each entry
    is the same two float operations on the same values; 0.26-0.60 of the time at the
    bench's shapes, docs/speed.md)."""
    if is_ids(x):
        if W_x.shape[0] <= x.size:
            table = W_x + b  # (V, G)
            if scale is not None:
                table *= scale
            return table[x]
        out = W_x[x]  # (T, B, G): one-hot input times W_x is a row lookup (a copy)
    else:
        T, B, I = x.shape
        out = np.matmul(x.reshape(T * B, I), W_x).reshape(T, B, -1)
    out += b
    if scale is not None:
        out *= scale
    return out


def scatter_add_rows(ids: np.ndarray, values: np.ndarray, n_rows: int) -> np.ndarray:
    """(n_rows, D) sums of the rows of values (N, D) grouped by ids (N,): the gradient of a row
    lookup. A one-hot (N, n_rows) matrix product when that matrix is small (one fast BLAS
    call); otherwise sorted segment sums, whose memory does not grow with n_rows."""
    if ids.size * n_rows <= ONE_HOT_LIMIT:
        one_hot = (ids[:, None] == np.arange(n_rows)).astype(values.dtype)  # (N, n_rows)
        return np.matmul(one_hot.T, values)
    order = np.argsort(ids, kind="stable")
    sorted_ids = ids[order]
    starts = np.flatnonzero(np.concatenate(([True], sorted_ids[1:] != sorted_ids[:-1])))
    out = np.zeros((n_rows, values.shape[1]), dtype=values.dtype)
    out[sorted_ids[starts]] = np.add.reduceat(values[order], starts, axis=0)
    return out


def input_gradient(W_x: np.ndarray, x: np.ndarray, dpre: np.ndarray) -> tuple[dict, object]:
    """Given dpre (T, B, G) = ∂loss/∂(x·W_x + b): ({"W_x", "b"}, dx (T, B, I) or None)."""
    T, B, G = dpre.shape
    flat = dpre.reshape(T * B, G)
    if is_ids(x):
        return {"W_x": scatter_add_rows(x.reshape(-1), flat, W_x.shape[0]), "b": flat.sum(0)}, None
    I = x.shape[2]
    grads = {"W_x": np.matmul(x.reshape(T * B, I).T, flat), "b": flat.sum(axis=0)}
    return grads, np.matmul(flat, W_x.T).reshape(T, B, I)


def recurrent_weight_gradient(h0: np.ndarray, hs: np.ndarray, dpre: np.ndarray) -> np.ndarray:
    """Σ_t h_{t-1}ᵀ · dpre_t, with h_{-1} = h0: (H, G) for hs (T, B, H) and dpre (T, B, G)."""
    T, B, H = hs.shape
    dW = np.matmul(h0.T, dpre[0])
    if T > 1:
        dW += np.matmul(hs[:-1].reshape((T - 1) * B, H).T, dpre[1:].reshape((T - 1) * B, -1))
    return dW


def previous(h0: np.ndarray, hs: np.ndarray, t: int) -> np.ndarray:
    """h_{t-1}: the initial state for t = 0."""
    return hs[t - 1] if t > 0 else h0
