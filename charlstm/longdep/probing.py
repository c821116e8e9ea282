"""The probes of the long-dependency task: new stories cut after "I speak fluent ", with
distances balanced over BINS and countries in turn, each set built in every one of CONTEXTS
(what stands before the story or in its filler), as records of the probe file format
(charlstm/probes.py).
"""

from __future__ import annotations

import numpy as np

from charlstm.errors import CharlstmError
from charlstm.evaluate import DISTANCE_BINS
from charlstm.longdep.sides import MAX_DRAWS, Sentences, Side, grammar_sides, some_sentences
from charlstm.longdep.task import LANGUAGES, PAIRS, PROMPT_END, Filler, distance, story

# Probe bins: [lo, hi) characters between the country and "I speak fluent"; eval's bins,
# less its open-ended last one (one definition: evaluate.DISTANCE_BINS).
BINS = tuple((lo, hi) for lo, hi in DISTANCE_BINS if hi is not None)

# What stands before a probe's story, or in its filler; each probe set is built in every one
# (docs/longdep.md). Read from a zero state and after a story (probes.READINGS), "story
# alone" gives the fresh state and the story after a story.
CONTEXTS = (
    "story alone",
    "prose on the line",
    "prose lines",
    "distractor",
    "first-person filler",
)
FIRST_PERSON_FILLER = 0.5  # share of "I …" sentences in a first-person-filler probe's filler


def _context_prefix(
    rng: np.random.Generator, context: str, side: Side, alphabet: set[str] | None
) -> str:
    """What stands before a probe's story in this context, drawn again (up to MAX_DRAWS
    times) until the corpus's alphabet has all its characters: a small corpus may lack a
    letter that a few of the sentences use."""
    for _ in range(MAX_DRAWS):
        prefix = _draw_prefix(rng, context, side)
        if alphabet is None or set(prefix) <= alphabet:
            return prefix
    raise CharlstmError(f"no {context!r} context uses only the corpus's characters")


def _draw_prefix(rng: np.random.Generator, context: str, side: Side) -> str:
    if context == "prose on the line":
        return some_sentences(rng, side.story_filler(), 2) + " "
    if context == "prose lines":
        lines = 1 + int(rng.integers(2))
        return "".join(some_sentences(rng, side.story_filler(), 2) + "\n" for _ in range(lines))
    if context == "distractor":
        return side.distractor(rng) + " "
    return ""


def _context_filler(context: str, side: Side) -> Filler:
    if context == "first-person filler":
        return side.story_filler(rate=FIRST_PERSON_FILLER)
    return side.story_filler()


def probes(
    per_bin: int,
    bins,
    seed: int,
    exclude: set[str] = frozenset(),
    side: Side | None = None,
    label: str | None = None,
    alphabet: set[str] | None = None,
    context: str = CONTEXTS[0],
) -> list[dict]:
    """Held-out probe records, `per_bin` stories with distance in each [lo, hi) of bins,
    countries in turn so that each bin is balanced, in one of CONTEXTS; stories in `exclude`
    (the corpus's stories, stories_in), and with an alphabet (the corpus's characters)
    stories with other characters, which a model of the corpus could not read, are never
    used. Each record: prompt (the context's prefix and the story up to "I speak fluent "),
    answer, choices (all twelve languages), distance, and context and set (= label) when a
    label is given."""
    side = side or grammar_sides()[0]
    filler = _context_filler(context, side)
    rng = np.random.default_rng(seed)
    records = []
    for lo, hi in bins:
        made = misses = 0
        while made < per_bin:
            country, language = PAIRS[made % len(PAIRS)]
            prefix = _context_prefix(rng, context, side, alphabet)
            line = story(rng, country, language, int(rng.integers(lo, hi)), filler)
            if (
                not lo <= distance(line) < hi
                or line in exclude
                or (alphabet is not None and not set(prefix + line) <= alphabet)
            ):
                misses += 1
                if misses > 1000 + 10 * per_bin:
                    raise CharlstmError(
                        f"the filler sentences cannot make probes of distance {lo}-{hi}"
                    )
                continue
            cut = line.rindex(PROMPT_END) + len(PROMPT_END)
            record = {
                "prompt": prefix + line[:cut],
                "answer": language,
                "choices": list(LANGUAGES),
                "distance": distance(line),
            }
            if label is not None:  # a named set is scored per context (probes.parse)
                record["context"] = context
                record["set"] = label
            records.append(record)
            made += 1
    return records


def probe_sets(
    per_bin: int,
    bins,
    seed: int,
    exclude: set[str],
    sentences: Sentences | None = None,
    alphabet: set[str] | None = None,
) -> list[dict]:
    """Both probe sets, each in every one of CONTEXTS: "in-distribution" (new stories from
    the training side) then "ood" (stories, prefixes and filler from the held-out side
    only)."""
    if sentences is None:
        inside, outside = grammar_sides()
    else:
        inside, outside = sentences.side(), sentences.side(held_out=True)
    records = []
    for offset, (side, label) in enumerate(((inside, "in-distribution"), (outside, "ood"))):
        for k, context in enumerate(CONTEXTS):
            if context == "first-person filler" and (
                side.first_person is None or outside.first_person is None
            ):
                continue  # a text without "I …" sentences of its own on both sides
            records += probes(
                per_bin, bins, seed + offset + 2 * k, exclude, side, label, alphabet, context
            )
    return records
