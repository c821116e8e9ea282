"""Scoring text: mean negative log-likelihood per character, bits per character, perplexity.

Every character after the first is predicted exactly once. The text is cut into S
contiguous streams that run side by side (S = 1 is one continuous stream from a zero state);
each stream starts from a zero state and carries its state across chunks of T steps.
"""

from __future__ import annotations

import math

import numpy as np

from charlstm import model
from charlstm.sample import generate, log_softmax


def total_nll(
    params: dict,
    ids: np.ndarray,
    streams: int = 1,
    chunk: int = 256,
    burn_in: int = 0,
    *,
    cell: str,
    workers=None,
):
    """Sum of −log p(next char) over all len(ids) − 1 predictions, and their count.

    burn_in: every stream but the first first reads up to this many characters of the text
    before its own part, unscored, so that it does not score its first characters from a
    zero state (the cost is streams · burn_in extra steps).
    workers: a parallel.Workers pool to share the streams among, or None."""
    count = len(ids) - 1
    if count < 1:
        return 0.0, 0
    S = max(1, min(streams, count))
    per_stream = count // S
    lengths = np.full(S, per_stream)
    lengths[-1] += count - per_stream * S  # the last stream also takes the remainder
    starts = np.arange(S) * per_stream
    lead = np.minimum(starts, burn_in)  # unscored characters read before each part
    width = int((lengths + lead).max())
    inputs = np.zeros((width, S), dtype=ids.dtype)  # (T_total, S), padded at the end
    targets = np.zeros((width, S), dtype=ids.dtype)
    scored = np.zeros((width, S), dtype=bool)
    for s in range(S):
        first, n = starts[s] - lead[s], lead[s] + lengths[s]
        inputs[:n, s] = ids[first : first + n]
        targets[:n, s] = ids[first + 1 : first + n + 1]
        scored[lead[s] : n, s] = True
    state = model.zero_state(params, S, cell=cell)
    if workers is not None:
        workers.set_params(params)
    total = 0.0
    for t0 in range(0, width, chunk):
        window = inputs[t0 : t0 + chunk], targets[t0 : t0 + chunk], state
        if workers is not None:
            nll, state = workers.sequence_nll(*window)
        else:
            nll, state = model.sequence_nll(params, *window, cell=cell)
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


def mean_nll(
    params: dict, ids: np.ndarray, streams=1, chunk=256, *, cell: str, workers=None
) -> float:
    total, count = total_nll(params, ids, streams, chunk, cell=cell, workers=workers)
    return total / count


def continuation_logprobs(params: dict, prompt_ids: np.ndarray, choices: list, *, cell: str):
    """Total log-probability of each choice (a list of id arrays) following the prompt, fed
    from a zero state. The prompt runs once; the choices then run side by side as a batch."""
    state = model.zero_state(params, 1, cell=cell)
    logits, state, _ = model.forward(params, prompt_ids[:, None], state, cell=cell)
    first = log_softmax(logits[-1, 0])  # (V,): distribution of each choice's first character
    n, width = len(choices), max(len(c) for c in choices)
    padded = np.zeros((width, n), dtype=prompt_ids.dtype)  # (T, n)
    for k, ids in enumerate(choices):
        padded[: len(ids), k] = ids
    totals = np.array([first[ids[0]] for ids in choices], dtype=np.float64)
    if width > 1:
        state = [tuple(np.repeat(a, n, axis=0) for a in layer) for layer in state]
        nll, _ = model.sequence_nll(params, padded[:-1], padded[1:], state, cell=cell)
        scored = np.arange(1, width)[:, None] < np.array([len(c) for c in choices])[None, :]
        totals -= np.sum(nll, axis=0, where=scored, dtype=np.float64)
    return totals


def greedy_continuation(params: dict, prompt_ids: np.ndarray, length: int, *, cell: str):
    """The `length` ids that greedy decoding produces after the prompt (zero initial state)."""
    return np.array(list(generate(params, prompt_ids, length, None, greedy=True, cell=cell)))


# [lo, hi) characters between the fact and the question; the last bin takes the rest
DISTANCE_BINS = ((0, 50), (50, 100), (100, 200), (200, 400), (400, 800), (800, 1600), (1600, None))


def bin_name(lo: int, hi: int | None) -> str:
    return f"{lo}-{hi}" if hi is not None else f"{lo}+"


def probe_accuracy(params: dict, probes: list, *, cell: str) -> dict:
    """Accuracy over probes, overall and by distance bin.

    Each probe: {"prompt": ids, "answer": ids, "choices": [ids, …] or None, "distance": int or
    None}. With choices, a probe is correct when the answer has the highest total
    log-probability among them; without, when greedy decoding produces the answer.
    """
    correct = []
    for probe in probes:
        if probe["choices"]:
            scores = continuation_logprobs(params, probe["prompt"], probe["choices"], cell=cell)
            best = probe["choices"][int(np.argmax(scores))]
            ok = len(best) == len(probe["answer"]) and bool(np.all(best == probe["answer"]))
        else:
            decoded = greedy_continuation(params, probe["prompt"], len(probe["answer"]), cell=cell)
            ok = bool(np.all(decoded == probe["answer"]))
        correct.append(ok)
    by_distance = {}
    for lo, hi in DISTANCE_BINS:
        hits = [
            ok
            for ok, p in zip(correct, probes, strict=True)
            if p["distance"] is not None
            and lo <= p["distance"]
            and (hi is None or p["distance"] < hi)
        ]
        if hits:
            by_distance[bin_name(lo, hi)] = {"n": len(hits), "accuracy": sum(hits) / len(hits)}
    return {
        "probe_accuracy": sum(correct) / len(correct),
        "n": len(correct),
        "by_distance": by_distance,
    }
