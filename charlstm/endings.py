"""Story endings: does a model, left to write, end each story with its country's language?

Each story is primed as a user would type it, from a zero state: "I grew up in {Country}."
and filler sentences of a chosen length (the held-out side of the grammar, or of a user's
text, so the model has never read them). The model then writes on, sampled at a
temperature, until it writes "I speak fluent " and a word, a newline, or `limit` characters.
An ending is right when that word is the country's language. A model that writes a story of
its own first ("… I grew up in Italy. I speak fluent Italian.", as the corpus puts stories
one after another) never answered for the primed country: such a story counts apart, as
does one with no ending, and the accuracy is over the stories that answered for it. The
distance of a story is counted as the probes count it (characters between "{Country}." and
"I speak fluent"): the primed filler and whatever the model wrote before its ending.

All stories are written side by side as one batch, so the check costs about as much as
sampling one story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from charlstm import evaluate, tables
from charlstm.longdep import probing, sides, task
from charlstm.model import softmax
from charlstm.text import Vocab

ENDING = re.compile(r"I speak fluent (\w+)")
RIGHT, WRONG, OTHER, NONE = "right", "wrong", "another story", "no ending"
OUTCOMES = (RIGHT, WRONG, OTHER, NONE)
DEFAULT_LIMIT = 600  # characters written after the prime before a story counts as unended


@dataclass(frozen=True)
class Ending:
    country: str
    prime: str
    written: str
    outcome: str  # one of OUTCOMES
    distance: int | None  # None without an ending


def primes(per_bin: int, bins, seed: int, side: sides.Side, alphabet: set[str]) -> list[dict]:
    """per_bin primes for each [lo, hi) of bins, countries in turn: the story up to the end
    of its filler, with the prime's own distance (what the model writes adds to it)."""
    records = []
    for record in probing.probes(per_bin, bins, seed, side=side, alphabet=alphabet):
        prime = record["prompt"][: -len(task.PROMPT_END)]  # keeps the space before "I"
        country = dict(zip(task.LANGUAGES, task.COUNTRIES, strict=True))[record["answer"]]
        records.append({"prime": prime, "country": country, "distance": record["distance"]})
    return records


def write_endings(
    net, vocab: Vocab, records: list[dict], rng, temperature: float, limit: int = DEFAULT_LIMIT
) -> list[Ending]:
    """Let the model finish every primed story (side by side, one batch)."""
    prompts = [vocab.encode(r["prime"], unknown="skip") for r in records]
    reads = evaluate.read_prompts(net, prompts)
    last = np.stack([logits for logits, _ in reads])  # (B, V)
    # each read's state holds one row per layer and part (h, c, …): stack the rows
    per_layer = [[s[layer] for _, s in reads] for layer in range(len(reads[0][1]))]
    state = [tuple(np.concatenate(part) for part in zip(*rows, strict=True)) for rows in per_layer]
    written = [[] for _ in records]
    open_rows = np.ones(len(records), dtype=bool)
    newline = vocab.chars.index("\n") if "\n" in vocab.chars else -1
    step = net.stepper()
    for _ in range(limit):
        probs, _ = softmax((last / temperature).astype(np.float64))  # (B, V)
        cdf = np.cumsum(probs, axis=1)
        ids = (cdf < rng.random((len(records), 1)) * cdf[:, -1:]).sum(axis=1)
        ids = np.minimum(ids, probs.shape[1] - 1)
        for b in np.flatnonzero(open_rows):
            written[b].append(vocab.chars[ids[b]])
            text = "".join(written[b][-40:])
            if ids[b] == newline or (ENDING.search(text) and not text[-1].isalpha()):
                open_rows[b] = False
        if not open_rows.any():
            break
        last, state = step(ids, state)
    return [_judge(r, "".join(w)) for r, w in zip(records, written, strict=True)]


def check(
    net,
    vocab: Vocab,
    per_bin: int,
    max_distance: int,
    temperature: float,
    seed: int,
    side: sides.Side | None = None,
) -> tuple[list[Ending], dict]:
    """Prime per_bin stories in each distance bin up to max_distance with held-out filler
    (side: default, the grammar's held-out side), let the model finish them, and tabulate
    the endings by distance: (endings, by_distance table)."""
    side = side or sides.grammar_sides()[1]
    bins = [(lo, hi) for lo, hi in probing.BINS if hi <= max_distance]
    records = primes(per_bin, bins, seed, side, set(vocab.chars))
    written = write_endings(net, vocab, records, np.random.default_rng(seed), temperature)
    return written, by_distance(written, evaluate.DISTANCE_BINS)


def _judge(record: dict, written: str) -> Ending:
    found = ENDING.search(written)
    country = record["country"]
    if found is None:
        return Ending(country, record["prime"], written, NONE, None)
    language = dict(task.PAIRS)[country]
    if "grew up in" in written[: found.start()]:
        outcome = OTHER
    else:
        outcome = RIGHT if found.group(1) == language else WRONG
    # the prime ends with " "; what the model wrote before "I speak fluent" adds to it
    return Ending(country, record["prime"], written, outcome, record["distance"] + found.start())


def by_distance(endings: list[Ending], bins) -> dict:
    """{bin name: {"n", "right", "wrong", "another story", "no ending", "accuracy"}}: each
    story in the bin of its ending's distance (a story with no ending in its prime's bin);
    accuracy is right over right + wrong (None when no story of the bin answered)."""
    table: dict = {}
    for lo, hi in bins:
        name = evaluate.bin_name(lo, hi)
        members = [
            e
            for e in endings
            if lo <= (e.distance if e.distance is not None else _prime_distance(e)) < hi
        ]
        if members:
            counts = {k: sum(e.outcome == k for e in members) for k in OUTCOMES}
            answered = counts[RIGHT] + counts[WRONG]
            accuracy = counts[RIGHT] / answered if answered else None
            table[name] = {"n": len(members), **counts, "accuracy": accuracy}
    return table


def _prime_distance(ending: Ending) -> int:
    return task.distance(ending.prime + task.PROMPT_END)


def summary(written: list[Ending], temperature: float) -> str:
    count = {k: sum(e.outcome == k for e in written) for k in OUTCOMES}
    return (
        f"{count[RIGHT]} of {count[RIGHT] + count[WRONG]} stories that answered for the primed "
        f"country ended in its language ({count[OTHER]} wrote a story of their own first, "
        f"{count[NONE]} no ending; {len(written)} primed from a zero state with held-out "
        f"filler, temperature {temperature})"
    )


def markdown(table: dict) -> str:
    header = ["distance", "stories", RIGHT, WRONG, OTHER, NONE, "right %"]
    rows = [
        [name, c["n"], c[RIGHT], c[WRONG], c[OTHER], c[NONE]]
        + ["–" if c["accuracy"] is None else f"{c['accuracy']:.0%}"]
        for name, c in table.items()
    ]
    return tables.markdown(header, rows)
