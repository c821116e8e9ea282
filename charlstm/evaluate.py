"""Scoring text: mean negative log-likelihood per character, bits per character, perplexity.

Every character after the first is predicted exactly once. The text is cut into S
contiguous streams that run side by side (S = 1 is one continuous stream from a zero state);
each stream starts from a zero state and carries its state across chunks of T steps.

score() is `charlstm eval`'s scoring: a long text runs as more streams (a wider batch makes
each time step's products and elementwise passes cheaper per character), shared among
worker processes where they pay, with one BLAS thread per process (resources.py).
"""

from __future__ import annotations

import math

import numpy as np

from charlstm import parallel, resources
from charlstm.model import Model, softmax
from charlstm.sample import generate


def total_nll(net: Model, ids: np.ndarray, streams: int = 1, chunk: int = 256, burn_in: int = 0):
    """Sum of −log p(next char) over all len(ids) − 1 predictions, and their count.

    net: the model, or a parallel.Workers pool to share the streams among
    burn_in: every stream but the first first reads up to this many characters of the text
    before its own part, unscored, so that it does not score its first characters from a
    zero state (the cost is streams · burn_in extra steps)."""
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
    state = net.zero_state(S)
    total = 0.0
    for t0 in range(0, width, chunk):
        nll, state = net.sequence_nll(inputs[t0 : t0 + chunk], targets[t0 : t0 + chunk], state)
        total += float(np.sum(nll, where=scored[t0 : t0 + chunk], dtype=np.float64))
    return total, count


# score()'s streams for a long text: as many as keep the burn-in's extra reading at most
# 1/16 of the text, between MIN_STREAMS and MAX_STREAMS: more streams score faster to the
# same loss (the measurements: docs/speed.md, the table of streams and chars/s)
MIN_STREAMS, MAX_STREAMS = 16, 128
# Positions (steps × streams) per forward call: bounds the memory of one chunk's activations.
POSITIONS_PER_CALL = 8192


def auto_streams(count: int, burn_in: int) -> int:
    """The stream count score() uses for `count` predictions with this burn-in."""
    return int(np.clip(count // (16 * max(burn_in, 1)), MIN_STREAMS, MAX_STREAMS))


def score(net: Model, ids: np.ndarray, streams="auto", burn_in: int = 256, workers="auto"):
    """total_nll as `charlstm eval` runs it: streams and workers are counts or "auto" (the
    streams for the text's length, auto_streams; the workers for the model's width and the
    streams, resources.worker_count)."""
    count = len(ids) - 1
    S = auto_streams(count, burn_in) if streams == "auto" else streams
    W = resources.worker_count(net.hidden, S) if workers == "auto" else workers
    chunk = max(1, min(256, POSITIONS_PER_CALL // S))
    with resources.computing(1), parallel.pool(W if S > 1 else 1, net) as pool:
        return total_nll(pool, ids, S, chunk, burn_in)


def summarize(total: float, count: int) -> dict:
    loss = total / count
    return {
        "loss_nats": loss,
        "bpc": loss / math.log(2),
        "perplexity": math.exp(loss) if loss < 700 else math.inf,  # exp overflows past ~709
        "chars": count,
    }


def mean_nll(net: Model, ids: np.ndarray, streams=1, chunk=256) -> float:
    total, count = total_nll(net, ids, streams, chunk)
    return total / count


def read_prompts(net: Model, prompts: list, batch: int = 64):
    """[(last logits (V,), state)] after each prompt (id arrays) read from a zero state.
    Prompts run side by side, shortest first: the batch reads to the next prompt's end, the
    prompts that end there leave it, and the rest read on, so every character is read once
    and the per-step cost is shared by up to `batch` prompts."""
    results: list = [None] * len(prompts)
    order = sorted(range(len(prompts)), key=lambda k: len(prompts[k]))
    for first in range(0, len(order), batch):
        rows = order[first : first + batch]
        state, t = net.zero_state(len(rows)), 0
        while rows:
            end = len(prompts[rows[0]])
            segment = np.stack([prompts[k][t:end] for k in rows], axis=1)  # (T, B)
            logits, state, _ = net.forward(segment, state)
            done = [i for i, k in enumerate(rows) if len(prompts[k]) == end]
            for i in done:
                results[rows[i]] = (logits[-1, i], [tuple(a[i : i + 1] for a in s) for s in state])
            keep = [i for i in range(len(rows)) if len(prompts[rows[i]]) > end]
            state = [tuple(a[keep] for a in s) for s in state]
            rows, t = [rows[i] for i in keep], end
    return results


def continuation_logprobs(net: Model, prompt_ids: np.ndarray, choices: list, read=None):
    """Total log-probability of each choice (a list of id arrays) following the prompt, fed
    from a zero state. The prompt runs once; the choices then run side by side as a batch.
    read: (last logits, state) after the prompt, when read_prompts has read it already."""
    if read is None:
        logits, state, _ = net.forward(prompt_ids[:, None], net.zero_state(1))
        read = (logits[-1, 0], state)
    last, state = read
    _, first = softmax(last.astype(np.float64))  # (V,) log p of each first character
    n, width = len(choices), max(len(c) for c in choices)
    padded = np.zeros((width, n), dtype=prompt_ids.dtype)  # (T, n)
    for k, ids in enumerate(choices):
        padded[: len(ids), k] = ids
    totals = np.array([first[ids[0]] for ids in choices], dtype=np.float64)
    if width > 1:
        state = [tuple(np.repeat(a, n, axis=0) for a in layer) for layer in state]
        nll, _ = net.sequence_nll(padded[:-1], padded[1:], state)
        scored = np.arange(1, width)[:, None] < np.array([len(c) for c in choices])[None, :]
        totals -= np.sum(nll, axis=0, where=scored, dtype=np.float64)
    return totals


def greedy_continuation(net: Model, prompt_ids: np.ndarray, length: int):
    """The `length` ids that greedy decoding produces after the prompt (zero initial state)."""
    return np.array(list(generate(net, prompt_ids, length, None, greedy=True)))


# [lo, hi) characters between the fact and the question; the last bin takes the rest
DISTANCE_BINS = ((0, 50), (50, 100), (100, 200), (200, 400), (400, 800), (800, 1600), (1600, None))


def bin_name(lo: int, hi: int | None) -> str:
    return f"{lo}-{hi}" if hi is not None else f"{lo}+"


def bin_order() -> list[str]:
    """The names of DISTANCE_BINS, shortest distances first."""
    return [bin_name(lo, hi) for lo, hi in DISTANCE_BINS]


def probe_accuracy(net: Model, probes: list) -> dict:
    """Accuracy over probes, overall and by distance bin.

    Each probe: {"prompt": ids, "answer": ids, "choices": [ids, …] or None, "distance": int or
    None}. With choices, a probe is correct when the answer has the highest total
    log-probability among them; without, when greedy decoding produces the answer.
    """
    correct = []
    reads = read_prompts(net, [p["prompt"] for p in probes if p["choices"]])
    reads.reverse()
    for probe in probes:
        if probe["choices"]:
            scores = continuation_logprobs(net, probe["prompt"], probe["choices"], reads.pop())
            best = probe["choices"][int(np.argmax(scores))]
            ok = len(best) == len(probe["answer"]) and bool(np.all(best == probe["answer"]))
        else:
            decoded = greedy_continuation(net, probe["prompt"], len(probe["answer"]))
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
