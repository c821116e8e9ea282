"""Generating text from a model: temperature, top-k, top-p (nucleus) and greedy decoding.

generate() is a generator of ids, so the caller can stream characters as they come;
generate_scored() also gives each id's log-probability, and sample_text() adds stop strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from charlstm import resources
from charlstm.model import Model, softmax
from charlstm.text import Vocab


def default_prime(vocab: Vocab) -> str:
    """What generation starts after when no prime is given: a newline, if the text has one."""
    return "\n" if "\n" in vocab.index else vocab.chars[0]


def next_distribution(logits: np.ndarray, temperature=1.0, top_k=0, top_p=1.0) -> np.ndarray:
    """(V,) logits -> (V,) float64 probabilities after temperature, top-k and top-p filtering."""
    z = logits.astype(np.float64)
    z = (z - z.max()) / temperature  # max first: a tiny temperature gives -inf, never nan
    if 0 < top_k < len(z):
        dropped = np.argpartition(-z, top_k)[top_k:]  # exactly k survive, ties broken by index
        z[dropped] = -np.inf
    probs, _ = softmax(z)
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
    net: Model,
    prime_ids: np.ndarray,
    length: int,
    rng: np.random.Generator,
    temperature: float = 1.0,
    top_k: int = 0,
    top_p: float = 1.0,
    greedy: bool = False,
) -> Iterator[int]:
    """Feed prime_ids (at least one) from a zero state, then yield `length` new ids."""
    for next_id, _ in generate_scored(
        net, prime_ids, length, rng, temperature, top_k, top_p, greedy
    ):
        yield next_id


def generate_scored(
    net: Model,
    prime_ids: np.ndarray,
    length: int,
    rng: np.random.Generator,
    temperature: float = 1.0,
    top_k: int = 0,
    top_p: float = 1.0,
    greedy: bool = False,
) -> Iterator[tuple[int, float]]:
    """As generate(), yielding (id, log p(id)) with p the model's own next-character
    distribution: temperature 1 and no top-k/top-p filtering, whatever the sampling settings,
    so that scores of samples drawn with different settings can be compared."""
    # one BLAS thread: a second one made batch-1 steps slower, and far slower with another
    # program running (2,083 against 1,538 chars/s at 2 × 512, docs/speed.md)
    with resources.blas_threads(1):
        logits, state, _ = net.forward(prime_ids[:, None], net.zero_state(1))
        next_logits = logits[-1, 0]  # (V,)
        plain = temperature == 1.0 and top_k == 0 and top_p >= 1.0
        one_step = net.stepper()
        for n in range(length):
            probs, log_probs = softmax(next_logits.astype(np.float64))  # the model's own
            if greedy:
                next_id = int(np.argmax(next_logits))
            else:
                cdf = np.cumsum(
                    probs if plain else next_distribution(next_logits, temperature, top_k, top_p)
                )
                next_id = int(np.searchsorted(cdf, rng.random() * cdf[-1], side="right"))
            yield next_id, float(log_probs[next_id])
            if n + 1 < length:
                step_logits, state = one_step(np.array([next_id]), state)
                next_logits = step_logits[0]


@dataclass
class Sample:
    text: str  # the generated characters only (not the prime), with the stop string if any
    logprob: float  # total natural-log probability of text after the prime, at temperature 1
    stop: str | None  # the stop string that ended the sample; None when it ran to its length


def sample_text(
    net: Model,
    chars: Sequence[str],
    prime_ids: np.ndarray,
    length: int,
    rng: np.random.Generator,
    temperature: float = 1.0,
    top_k: int = 0,
    top_p: float = 1.0,
    greedy: bool = False,
    stops: Sequence[str] = (),
    on_char: Callable[[str], None] | None = None,
) -> Sample:
    """Generate up to `length` characters (chars: the vocabulary in id order), passing each to
    on_char as it comes. The sample ends as soon as its text contains one of `stops`; the
    stop string is kept. Only generated text is searched: a stop string in the prime, or one
    straddling the prime and the generated text, does not end it."""
    longest = max((len(s) for s in stops), default=0)
    pieces, total, stop = [], 0.0, None
    for next_id, logprob in generate_scored(
        net, prime_ids, length, rng, temperature, top_k, top_p, greedy
    ):
        pieces.append(chars[next_id])
        total += logprob
        if on_char is not None:
            on_char(chars[next_id])
        if longest:
            # checked after every character, so a stop string can only end here
            tail = "".join(pieces[-longest:])
            stop = next((s for s in stops if tail.endswith(s)), None)
            if stop is not None:
                break
    return Sample("".join(pieces), total, stop)
