"""Scoring text: mean negative log-likelihood per character, bits per character, perplexity.

Every character after the first is predicted exactly once. The text is cut into S
contiguous streams that run side by side (S = 1 is one continuous stream from a zero state);
each stream starts from a zero state and carries its state across chunks of T steps.
"""

from __future__ import annotations

import math

import numpy as np

from charlstm import model


def total_nll(params: dict, ids: np.ndarray, streams: int = 1, chunk: int = 256, *, cell: str):
    """Sum of −log p(next char) over all len(ids) − 1 predictions, and their count."""
    count = len(ids) - 1
    if count < 1:
        return 0.0, 0
    S = max(1, min(streams, count))
    per_stream = count // S
    lengths = np.full(S, per_stream)
    lengths[-1] += count - per_stream * S  # the last stream also takes the remainder
    starts = np.arange(S) * per_stream
    width = int(lengths.max())
    inputs = np.zeros((width, S), dtype=ids.dtype)  # (T_total, S), padded at the end
    targets = np.zeros((width, S), dtype=ids.dtype)
    for s in range(S):
        inputs[: lengths[s], s] = ids[starts[s] : starts[s] + lengths[s]]
        targets[: lengths[s], s] = ids[starts[s] + 1 : starts[s] + lengths[s] + 1]
    scored = np.arange(width)[:, None] < lengths[None, :]  # (T_total, S)
    state = model.zero_state(params, S, cell=cell)
    total = 0.0
    for t0 in range(0, width, chunk):
        nll, state = model.sequence_nll(
            params, inputs[t0 : t0 + chunk], targets[t0 : t0 + chunk], state, cell=cell
        )
        total += float(np.sum(nll, where=scored[t0 : t0 + chunk], dtype=np.float64))
    return total, count


def summarize(total: float, count: int) -> dict:
    loss = total / count
    return {
        "loss_nats": loss,
        "bpc": loss / math.log(2),
        "perplexity": math.exp(loss) if loss < 700 else math.inf,  # exp overflows past ~709
        "chars": count,
    }


def mean_nll(params: dict, ids: np.ndarray, streams=1, chunk=256, *, cell: str) -> float:
    total, count = total_nll(params, ids, streams, chunk, cell=cell)
    return total / count
