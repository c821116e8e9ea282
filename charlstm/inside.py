"""What a model holds inside while it reads a text: each character's cell state, hidden state
and gate values in one layer, the model's next-character guesses, and which units are worth
looking at. Pure numpy, no I/O; viz.py draws the results.

Quantities per cell (the names `--quantity` takes):
    lstm, peephole   cell, hidden, input, forget, output, candidate  (c, h, i, f, o, g)
    coupled          the same; its input gate is 1 − forget, so `input` shows 1 − f
    gru              hidden, reset, update, candidate                 (h, r, z, n)
    rnn              hidden
A quantity the cell does not have is an error that lists those it has; there is no silent
mapping (the GRU's update gate is not a forget gate: it mixes the old h and the candidate).

The values come from the cells' forward caches (each cell's Cache: gates, c, h by name);
tests/test_viz.py checks them against a step-by-step recomputation of the equations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from charlstm.cells import CELLS
from charlstm.errors import CharlstmError
from charlstm.model import Model, softmax

GATE_BLOCKS = {  # the gates of each cell, in the order of its gate_values
    "lstm": ("input", "forget", "candidate", "output"),
    "peephole": ("input", "forget", "candidate", "output"),
    "coupled": ("forget", "candidate", "output"),
    "gru": ("reset", "update", "candidate"),
    "rnn": (),
}
QUANTITIES = {
    cell: (("cell",) if "c" in CELLS[cell].Cache._fields else ())
    + ("hidden",)
    + tuple(sorted(set(GATE_BLOCKS[cell]) | ({"input"} if cell == "coupled" else set())))
    for cell in GATE_BLOCKS
}
GATES = ("input", "forget", "output", "reset", "update")  # values in (0, 1)
TOP_K = 5  # next-character guesses kept per position


def memory_quantity(cell: str) -> str:
    """The quantity that carries memory from step to step: the cell state where the cell has
    one, else the hidden state (RNN, GRU). The default of `viz` and what stories rank by."""
    return "cell" if "cell" in QUANTITIES[cell] else "hidden"


def describe(quantity: str) -> str:
    """A quantity's name in a sentence: "cell state", "forget gate", "candidate"."""
    return {"cell": "cell state", "hidden": "hidden state", "candidate": "candidate"}.get(
        quantity, f"{quantity} gate"
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def check_quantity(cell: str, quantity: str) -> None:
    if quantity not in QUANTITIES[cell]:
        raise CharlstmError(
            f"the {cell} cell has no {quantity!r} values; choose from {', '.join(QUANTITIES[cell])}"
        )


def layer_values(cache, quantity: str, *, cell: str) -> np.ndarray:
    """(T, B, H) values of one quantity, read from one layer's forward cache (the cell's
    Cache)."""
    if quantity == "hidden":
        return cache.h
    if quantity == "cell":
        return cache.c
    if cell == "coupled" and quantity == "input":
        return 1 - layer_values(cache, "forget", cell=cell)  # CIFG: i = 1 − f
    return CELLS[cell].gate_values(cache)[GATE_BLOCKS[cell].index(quantity)]


@dataclass
class Trace:
    """What one layer did over a text of T characters."""

    cell: str  # the model's cell
    values: dict  # quantity -> (T, H) float64, the value after reading each character
    top_ids: np.ndarray  # (T, TOP_K) the likeliest next characters after each one
    top_probs: np.ndarray  # (T, TOP_K) their probabilities


def trace(net: Model, ids: np.ndarray, quantities, *, layer: int, chunk=256) -> Trace:
    """Run the model over ids (T,) from a zero state (one stream, state carried across chunks)
    and keep, after every character, layer `layer`'s values of each quantity and the model's
    TOP_K next-character guesses."""
    cell = net.cell
    for q in quantities:
        check_quantity(cell, q)
    state = net.zero_state(1)
    values = {q: [] for q in quantities}
    top_ids, top_probs = [], []
    for t0 in range(0, len(ids), chunk):
        logits, state, cache = net.forward(ids[t0 : t0 + chunk, None], state)
        for q in quantities:
            values[q].append(
                np.array(layer_values(cache.layers[layer], q, cell=cell)[:, 0], np.float64)
            )
        probs, _ = softmax(logits[:, 0].astype(np.float64))  # (T, V)
        k = min(TOP_K, probs.shape[1])
        best = np.argsort(-probs, axis=1, kind="stable")[:, :k]
        top_ids.append(best)
        top_probs.append(np.take_along_axis(probs, best, axis=1))
    return Trace(
        cell=cell,
        values={q: np.concatenate(v) for q, v in values.items()},
        top_ids=np.concatenate(top_ids),
        top_probs=np.concatenate(top_probs),
    )


STORY = re.compile(r"^I grew up in ([^.\n]+)\.([^\n]*?)I speak fluent [^\n]*$", re.MULTILINE)


@dataclass
class Stories:
    """Long-dependency stories found in a text: the country of each and where its filler is
    (the characters strictly between "{Country}." and "I speak fluent", as
    longdep.task.distance)."""

    countries: list  # str per story
    filler: list  # (start, end) character offsets per story, end exclusive
    lines: int  # non-empty lines of the text

    @property
    def usable(self) -> bool:
        """Enough stories to tell countries apart from story-to-story variation: at least two
        countries, more stories than countries, and stories on at least half of the lines."""
        n, k = len(self.countries), len(set(self.countries))
        return k >= 2 and n > k and 2 * n >= self.lines


def find_stories(text: str) -> Stories:
    countries, filler = [], []
    for m in STORY.finditer(text):
        if m.end(2) > m.start(2):
            countries.append(m.group(1))
            filler.append((m.start(2), m.end(2)))
    lines = sum(1 for line in text.splitlines() if line.strip())
    return Stories(countries, filler, lines)


def separation(values: np.ndarray, stories: Stories) -> np.ndarray:
    """How well each unit's value during the filler separates the stories' countries: (H,).

    Each story is summarised by the unit's mean value over the second half of its filler:
    the first characters after "{Country}." still echo the word just read, even in an
    untrained model, while the second half holds only what the unit keeps. The score is the
    share of the variance of these means (across stories) that the country explains,
    adjusted for the number of stories n and countries k (ε² = 1 − MS_within / MS_total): 0
    on average when the value has nothing to do with the country (it can dip below), 1 when
    it is a function of the country alone. Unadjusted, the share would be (k − 1)/(n − 1) on
    average for values unrelated to the country.
    """
    means = np.array([values[(a + b) // 2 : b].mean(axis=0) for a, b in stories.filler])  # (n, H)
    labels = np.unique(stories.countries, return_inverse=True)[1]
    n, k = len(means), labels.max() + 1
    total = np.square(means - means.mean(axis=0)).sum(axis=0)  # (H,)
    group_means = np.zeros((k, means.shape[1]))
    np.add.at(group_means, labels, means)
    group_means /= np.bincount(labels, minlength=k)[:, None]
    within = np.square(means - group_means[labels]).sum(axis=0)  # (H,)
    ms_total, ms_within = total / (n - 1), within / (n - k)
    with np.errstate(divide="ignore", invalid="ignore"):
        score = 1 - ms_within / ms_total
    return np.where(ms_total > 0, score, 0.0)


@dataclass
class Choice:
    units: list  # unit indices, most interesting first
    scores: list  # the score of each
    how: str  # one sentence: how they were picked


def choose_units(trace_: Trace, text: str, quantity: str, count: int) -> Choice:
    """The `count` most interesting units of the traced layer. Long-dependency stories (see
    Stories.usable): the units whose memory (cell state, or h for the RNN and GRU) best
    separates the countries during the filler; any other text: the units whose `quantity`
    varies most over it."""
    stories = find_stories(text)
    if stories.usable:
        memory = memory_quantity(trace_.cell)
        scores = separation(trace_.values[memory], stories)
        how = (
            f"units whose {describe(memory)} best separates the countries of the "
            f"{len(stories.countries)} stories ({len(set(stories.countries))} countries) "
            "during the filler; score = the share of the variance of each story's mean over "
            "the second half of its filler that the country explains (ε², adjusted for the "
            "number of stories: 0 = no relation, 1 = the country alone)"
        )
    else:
        scores = trace_.values[quantity].var(axis=0)
        how = f"units whose {describe(quantity)} varies most over the text: score = variance"
        if stories.countries:
            n, k = len(stories.countries), len(set(stories.countries))
            how += (
                " (too few long-dependency stories to rank by country: "
                f"{_count(n, 'story', 'stories')} from {_count(k, 'country', 'countries')})"
            )
    order = np.argsort(-scores, kind="stable")[:count]
    return Choice([int(u) for u in order], [float(scores[u]) for u in order], how)
