"""Generating text from a model: temperature, top-k, top-p (nucleus) and greedy decoding.

generate() is a generator of ids, so the caller can stream characters as they come.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from charlstm import model


def next_distribution(logits: np.ndarray, temperature=1.0, top_k=0, top_p=1.0) -> np.ndarray:
    """(V,) logits -> (V,) float64 probabilities after temperature, top-k and top-p filtering."""
    z = logits.astype(np.float64)
    z = (z - z.max()) / temperature  # max first: a tiny temperature gives -inf, never nan
    if 0 < top_k < len(z):
        dropped = np.argpartition(-z, top_k)[top_k:]  # exactly k survive, ties broken by index
        z[dropped] = -np.inf
    probs = np.exp(z)
    probs /= probs.sum()
    if top_p < 1.0:
        order = np.argsort(-probs, kind="stable")
        cumulative = np.cumsum(probs[order])
        # keep the smallest prefix whose mass reaches top_p (always at least one id)
        keep = order[: int(np.searchsorted(cumulative, top_p)) + 1]
        filtered = np.zeros_like(probs)
        filtered[keep] = probs[keep]
        probs = filtered / filtered.sum()
    return probs


def generate(
    params: dict,
    prime_ids: np.ndarray,
    length: int,
    rng: np.random.Generator,
    temperature: float = 1.0,
    top_k: int = 0,
    top_p: float = 1.0,
    greedy: bool = False,
    *,
    cell: str,
) -> Iterator[int]:
    """Feed prime_ids (at least one) from a zero state, then yield `length` new ids."""
    state = model.zero_state(params, 1, cell=cell)
    logits, state, _ = model.forward(params, prime_ids[:, None], state, cell=cell)
    next_logits = logits[-1, 0]  # (V,)
    for n in range(length):
        if greedy:
            next_id = int(np.argmax(next_logits))
        else:
            cdf = np.cumsum(next_distribution(next_logits, temperature, top_k, top_p))
            next_id = int(np.searchsorted(cdf, rng.random() * cdf[-1], side="right"))
        yield next_id
        if n + 1 < length:
            step_logits, state = model.step(params, np.array([next_id]), state, cell=cell)
            next_logits = step_logits[0]
