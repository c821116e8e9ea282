"""What the live page shows of one model reading one text: pure numpy, no I/O (server.py
serves it).

- Reading: each character's surprise −log₂ p(c_t | c_<t), the model's TOP_K guesses for it,
  and the top layer's memory (cell state, or h for the RNN and GRU) after it. A Reading keeps
  the recurrent state every SNAPSHOT characters, so an edit re-reads only from the last
  snapshot before the first changed character: typing at the end costs one model step.
- Input gradients: ‖∂ log p(c_a … c_{b−1} | c_<a) / ∂ x_s‖₂ for every earlier input x_s (the
  one-hot vector, or the embedding row, of character s), from Model.loss_and_grads itself:
  the inputs become the rows of a stand-in embedding, one row per position, so the gradient
  of that embedding, row s, is the gradient with respect to x_s.
- Units: rank the units that are on across a span and off elsewhere, and find where else in
  a text they fire.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from charlstm import inside
from charlstm.cells.common import ONE_HOT_LIMIT
from charlstm.model import Model, softmax
from charlstm.text import Vocab

SNAPSHOT = 16  # characters between kept states: the most an edit re-reads before its change
CHUNK = 1024  # characters read by one forward call: bounds the memory of its cache
TOP_K = inside.TOP_K


@dataclass
class Reading:
    """One model's reading of one text, kept up to date as the text changes (update)."""

    net: Model
    ids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    surprise: np.ndarray = field(default_factory=lambda: np.zeros(0))  # (T,) bits; NaN at 0
    top_ids: np.ndarray = field(default_factory=lambda: np.zeros((0, TOP_K), np.int64))
    top_probs: np.ndarray = field(default_factory=lambda: np.zeros((0, TOP_K)))
    memory: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))  # (T, H) after c_t
    # (state after SNAPSHOT·(k+1) characters, the guess for the character after them)
    snapshots: list = field(default_factory=list)
    next_logits: np.ndarray | None = None  # (V,) the guess for the character after the text
    _state: list | None = None  # the state after the whole text

    def update(self, ids: np.ndarray) -> int:
        """Read `ids`, the whole new text, reusing what is unchanged; returns the first
        position whose values were recomputed (positions before it kept their values)."""
        ids = np.asarray(ids, dtype=np.int64)
        same = min(len(ids), len(self.ids))
        differ = np.flatnonzero(ids[:same] != self.ids[:same])
        common = int(differ[0]) if len(differ) else same
        kept = min(common // SNAPSHOT, len(self.snapshots))  # snapshots still valid
        if common == len(ids) == len(self.ids):
            return len(ids)
        start = kept * SNAPSHOT
        if common == len(self.ids) and common == len(ids) - 1 and self.next_logits is not None:
            start = common  # one character typed at the end: one step from the last state
            state, logits = self._state, self.next_logits
        else:
            state, logits = self.snapshots[kept - 1] if kept else (self.net.zero_state(1), None)
            del self.snapshots[kept:]
        self._truncate(start)
        self.ids = ids
        for t0 in range(start, len(ids), CHUNK):
            logits, state = self._read(ids[t0 : t0 + CHUNK], t0, state, logits)
        if not len(ids):
            self.next_logits, self._state = None, None
        else:
            self._state = state
        return start

    def _truncate(self, n: int) -> None:
        self.surprise, self.memory = self.surprise[:n], self.memory[:n]
        self.top_ids, self.top_probs = self.top_ids[:n], self.top_probs[:n]

    def _read(self, chunk: np.ndarray, t0: int, state: list, before: np.ndarray | None):
        """Read chunk (T,), the characters from position t0 on, from state; `before` (V,) is
        the guess for its first character (None at the start of the text). Appends to the
        per-character arrays and keeps the state at every snapshot boundary inside it."""
        logits, state, cache = self.net.forward(chunk[:, None], state)
        names = self.net.layer.STATE  # each layer's cache holds its states by these names
        guesses = logits[:, 0].astype(np.float64)  # (T, V): guess for the next character
        first = (t0 // SNAPSHOT + 1) * SNAPSHOT  # the first boundary after position t0
        for end in range(first, t0 + len(chunk) + 1, SNAPSHOT):
            if end // SNAPSHOT > len(self.snapshots):  # the state after `end` characters
                t = end - t0 - 1
                kept = [tuple(getattr(c, n)[t].copy() for n in names) for c in cache.layers]
                self.snapshots.append((kept, guesses[t]))
        memory_name = inside.memory_quantity(self.net.cell)
        top = cache.layers[-1]
        memory = inside.layer_values(top, memory_name, cell=self.net.cell)[:, 0]  # (T, H)
        previous = np.full((1, guesses.shape[1]), np.nan) if before is None else before[None]
        probs, log_probs = softmax(np.concatenate([previous, guesses[:-1]]))  # guess for c_t
        k = min(TOP_K, probs.shape[1])
        known = np.nan_to_num(probs, nan=0)
        best = np.argpartition(-known, k - 1, axis=1)[:, :k]  # the k likeliest, unordered
        order = np.argsort(-np.take_along_axis(known, best, 1), axis=1, kind="stable")
        best = np.take_along_axis(best, order, 1)
        surprise = -log_probs[np.arange(len(chunk)), chunk] / np.log(2)
        self.surprise = np.concatenate([self.surprise, surprise])
        self.top_ids = np.concatenate([self.top_ids, best])
        self.top_probs = np.concatenate([self.top_probs, np.take_along_axis(probs, best, 1)])
        self.memory = np.concatenate(
            [self.memory.reshape(-1, memory.shape[1]), memory.astype(np.float64)]
        )
        self.next_logits = guesses[-1]
        return self.next_logits, state

    def positions(self, vocab: Vocab, start: int, units: list[int]) -> dict:
        """What the page shows from position `start` on, one list entry per character:
        "s" its surprise in bits (None for the first character, which nothing predicts),
        "top" the top guesses for it ([] for the first) and "p" their probabilities, "u" the
        memory of `units`."""
        surprise = np.round(self.surprise[start:], 4).tolist()
        top = np.array(vocab.chars, dtype=object)[self.top_ids[start:]].tolist()
        probs = np.round(self.top_probs[start:], 5).tolist()
        if start == 0 and len(self.ids):  # NaN is not JSON
            surprise[0], top[0], probs[0] = None, [], []
        memory = np.round(self.memory[start:][:, units], 4).tolist()
        return {"s": surprise, "top": top, "p": probs, "u": memory}


def float64(net: Model) -> Model:
    """The same model in float64: the RNN's gradients fall below float32's smallest normal
    number within a few hundred steps (gradflow.py)."""
    return Model(net.cell, {k: v.astype(np.float64) for k, v in net.params.items()})


def input_vectors(net: Model, ids: np.ndarray, vocab_size: int) -> np.ndarray:
    """x_s for every position: the embedding row, or the one-hot vector, (T, I) float64."""
    if "embed.W" in net.params:
        return net.params["embed.W"][ids].astype(np.float64)
    return np.eye(vocab_size)[ids]


def answer_logprob_and_input_grads(net: Model, ids: np.ndarray, start: int, end: int):
    """log p(ids[start:end] | ids[:start]) read from a zero state and its gradient with
    respect to every input x_s, s < end − 1: (float, (end − 1, I)). 1 ≤ start < end ≤ len(ids).

    Model.loss_and_grads computes it: the stand-in embedding holds x_0 … x_{end−2} as its rows
    and the inputs are the row numbers 0 … end − 2, so its gradient's row s is
    ∂loss/∂x_s; the loss is the mean −log p over the masked positions start−1 … end−2."""
    V = net.params["head.W"].shape[1]
    T = end - 1
    X = input_vectors(net, ids[:T], V)  # (T, I)
    if T * T <= ONE_HOT_LIMIT and T > 256:
        # unused zero rows, so that the embedding's gradient is summed row by row rather
        # than through a (T, T) one-hot product (scatter_add_rows): T·T·I multiplications
        X = np.concatenate([X, np.zeros((ONE_HOT_LIMIT // T + 1 - T, X.shape[1]))])
    params = {k: v for k, v in net.params.items() if k != "embed.W"}
    stand_in = Model(net.cell, {**params, "embed.W": X})
    inputs = np.arange(T)[:, None]
    targets = np.asarray(ids[1:end], dtype=np.int64)[:, None]
    mask = np.zeros((T, 1), dtype=bool)
    mask[start - 1 :] = True
    result = stand_in.loss_and_grads(inputs, targets, stand_in.zero_state(1), mask=mask)
    count = end - start
    return -result.loss * count, -result.grads["embed.W"][:T] * count


def gradient_norms(net64: Model, ids: np.ndarray, start: int, end: int) -> dict:
    """The page's gradient view: ‖∂ log p(ids[start:end] | ids[:start]) / ∂ x_s‖₂ for
    s = 0 … start − 1 (the characters before the target), and the target's log p."""
    logp, grads = answer_logprob_and_input_grads(net64, ids, start, end)
    norms = np.linalg.norm(grads[:start], axis=1)
    return {"logp": float(logp), "norms": [float(f"{v:.4g}") for v in norms]}


def rank_units(memory: np.ndarray, start: int, end: int, count: int = 10) -> list[dict]:
    """Units on across [start, end) and off elsewhere in the text, best first: the score is
    the difference of a unit's mean |value| inside and outside the span, over the unit's
    largest |value| in the text (so 1 = on at its peak inside, silent outside)."""
    size = np.abs(memory)  # (T, H)
    peak = size.max(axis=0)
    inside_mean = size[start:end].mean(axis=0)
    outside = np.concatenate([size[:start], size[end:]])
    outside_mean = outside.mean(axis=0) if len(outside) else np.zeros(memory.shape[1])
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.where(peak > 0, (inside_mean - outside_mean) / peak, 0.0)
    order = np.argsort(-score, kind="stable")[:count]
    return [
        {
            "unit": int(u),
            "score": round(float(score[u]), 4),
            "sign": 1 if memory[start:end, u].mean() >= 0 else -1,
        }
        for u in order
    ]


def where_units_fire(
    memory: np.ndarray, units: list[dict], width: int, count: int = 5
) -> list[tuple[int, int]]:
    """The `count` windows [a, b) of `width` characters, not overlapping, where the units
    (each with its sign) are most on together in a text's memory (T, H), best first."""
    if not units or len(memory) == 0:
        return []
    peak = np.abs(memory).max(axis=0)
    columns = [u["sign"] * memory[:, u["unit"]] / (peak[u["unit"]] or 1.0) for u in units]
    together = np.mean(columns, axis=0)  # (T,)
    width = max(1, min(width, len(together)))
    sums = np.convolve(together, np.ones(width), mode="valid")  # window starting at a
    found: list[tuple[int, int]] = []
    for a in np.argsort(-sums, kind="stable"):
        if all(a + width <= x or a >= y for x, y in found):
            found.append((int(a), int(a) + width))
            if len(found) == count:
                break
    return found
