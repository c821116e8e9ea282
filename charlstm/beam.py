"""Beam search over characters: the likeliest continuations of a prime, by mean log-probability.

A continuation is *finished* when its generated text first contains one of the stop strings
(the string is kept, as in sampling) or when it reaches `length` characters. Among finished
continuations the best is the one with the highest length-normalised score

    score = log p(continuation | prime) / len(continuation) ** alpha

(alpha = 1: mean log-probability per character; alpha = 0: total log-probability, which
favours stopping early since every character lowers it). The search keeps, after each
character, the `width` likeliest unfinished continuations (they all have the same length, so
their total log-probability ranks them); a continuation that finishes at that step is kept
in the finished pool when it ranks above the last of them. The pool keeps the `width` best
by score. Nothing is pruned while width ≥ V ** length, so that case is an exact search
(tests/test_beam.py checks it against enumerating every continuation).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from charlstm.model import Model, softmax


@dataclass(frozen=True)
class Beam:
    ids: tuple[int, ...]  # the generated ids, not the prime
    logprob: float  # natural-log probability of ids after the prime
    score: float  # logprob / len(ids) ** alpha
    stop: str | None  # the stop string that finished it, or None when it reached the length


def beam_search(
    net: Model,
    chars: Sequence[str],
    prime_ids: np.ndarray,
    length: int,
    width: int,
    stops: Sequence[str] = (),
    alpha: float = 1.0,
) -> list[Beam]:
    """The finished continuations kept by a beam of `width` after prime_ids (fed from a zero
    state), best score first; at most `width` of them. chars: the vocabulary in id order
    (stop strings are matched on text)."""
    if width < 1 or length < 1:
        raise ValueError("beam_search needs width ≥ 1 and length ≥ 1")
    longest = max((len(s) for s in stops), default=0)
    logits, state, _ = net.forward(prime_ids[:, None], net.zero_state(1))
    next_logits = logits[-1]  # (A, V) with A = 1 alive continuation, the empty one
    alive_ids: list[tuple[int, ...]] = [()]
    alive_logprob = np.zeros(1)  # (A,)
    finished: list[Beam] = []
    one_step = net.stepper()
    V = next_logits.shape[1]
    for t in range(length):
        candidates = alive_logprob[:, None] + softmax(next_logits.astype(np.float64))[1]  # (A, V)
        order = np.argsort(-candidates, axis=None, kind="stable")  # ties: earlier beam, lower id
        kept_rows, kept_ids, kept_logprob = [], [], []
        for flat in order:
            if len(kept_ids) == width:
                break
            row, char = divmod(int(flat), V)
            ids = alive_ids[row] + (char,)
            logprob = float(candidates[row, char])
            stop = None
            if longest:
                tail = "".join(chars[i] for i in ids[-longest:])
                stop = next((s for s in stops if tail.endswith(s)), None)
            if stop is not None or t + 1 == length:
                finished.append(Beam(ids, logprob, logprob / len(ids) ** alpha, stop))
            else:
                kept_rows.append(row)
                kept_ids.append(ids)
                kept_logprob.append(logprob)
        finished.sort(key=lambda b: (-b.score, -b.logprob, b.ids))
        del finished[width:]
        if not kept_ids:
            break
        rows = np.array(kept_rows)
        state = [tuple(a[rows] for a in layer) for layer in state]
        next_logits, state = one_step(np.array([ids[-1] for ids in kept_ids]), state)
        alive_ids, alive_logprob = kept_ids, np.array(kept_logprob)
    return finished
