"""The long-dependency task: one-line stories whose last word depends on their first sentence.

    I grew up in {Country}. {filler sentences} I speak fluent {Language}.

The filler comes from a grammar over a lexicon the project writes itself (grammar.py,
lexicon.py), or from sentences of any text a user gives (Sentences.from_text). Some filler
sentences name other countries, languages, nationalities and cities, or say who speaks
what, but never with "grew up in" or "speak fluent", so only the first sentence tells which
language ends the story. The distance of a story is the number of characters strictly
between the end of "{Country}." and the start of "I speak fluent".

Both kinds of filler have a training side and a held-out side: the corpus and the
in-distribution probes draw from the first, the out-of-distribution (OOD) probes only from
the second, so the OOD probes ask about text the model has never seen.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import numpy as np

from charlstm import grammar
from charlstm.errors import CharlstmError

PAIRS = (
    ("France", "French"),
    ("Germany", "German"),
    ("Spain", "Spanish"),
    ("Italy", "Italian"),
    ("Portugal", "Portuguese"),
    ("Japan", "Japanese"),
    ("China", "Chinese"),
    ("Russia", "Russian"),
    ("Greece", "Greek"),
    ("Sweden", "Swedish"),
    ("Poland", "Polish"),
    ("Turkey", "Turkish"),
)
COUNTRIES = tuple(country for country, _ in PAIRS)
LANGUAGES = tuple(language for _, language in PAIRS)
SHORT_MAX = 20  # the longest distance of a "short" story (corpus(short_fraction=…))
DISTRACTOR_RATE = 0.25  # share of grammar filler sentences that name a place or language
PROMPT_END = "I speak fluent "
# Probe bins: [lo, hi) characters between the country and "I speak fluent".
BINS = ((0, 50), (50, 100), (100, 200), (200, 400), (400, 800), (800, 1600))
DISTANCES = ("uniform", "log")

Filler = Callable[[np.random.Generator], str]  # one filler sentence per call


def grammar_filler(side: grammar.Grammar, distractor_rate: float = DISTRACTOR_RATE) -> Filler:
    """Sentences from one side of the grammar (grammar.grammars())."""

    def sentence(rng: np.random.Generator) -> str:
        words = grammar.Words(rng, side.lex, COUNTRIES, LANGUAGES)
        return side.sentence(words, distractor_rate)

    return sentence


# --- filler from a user's text ---------------------------------------------------------------

# A sentence ends at . ! ? (or their full-width and other scripts' forms) and any closing
# quotes or brackets after them; the next one starts after white space, or at once for
# scripts that write no spaces (。).
_SENTENCE = re.compile(r"[^.!?。！？؟।]*[.!?。！？؟।]+[\"'”’»)\]]*", re.S)
_FORBIDDEN = ("grew up in", "speak fluent")
MAX_SENTENCE = 400  # characters: longer "sentences" are cut at a space near this length
HELD_OUT_EVERY = 10  # every tenth sentence of a user's text goes to the OOD probes only


class Sentences:
    """Filler drawn from a fixed list of sentences: (training side, held-out side)."""

    def __init__(self, train: list[str], held_out: list[str]):
        self.train, self.held_out = train, held_out

    @classmethod
    def from_text(cls, text: str, name: str) -> Sentences:
        """Split a text into one-line sentences; every HELD_OUT_EVERY-th distinct sentence is
        held out. Sentences that would give the task away ("grew up in", "speak fluent") are
        dropped. A text with too few sentences is a CharlstmError naming the file."""
        found = split_sentences(text)
        if not found:
            raise CharlstmError(
                f"{name}: no sentences found (need text with sentence ends such as . ! ?)"
            )
        kept = [s for s in found if not any(f in s.lower() for f in _FORBIDDEN)]
        distinct = list(dict.fromkeys(kept))
        held = distinct[HELD_OUT_EVERY - 1 :: HELD_OUT_EVERY]
        held_set = set(held)
        train = [s for s in distinct if s not in held_set]
        if len(train) < 2 or not held:
            raise CharlstmError(
                f"{name}: only {len(distinct)} distinct sentences; need at least "
                f"{HELD_OUT_EVERY} (one in {HELD_OUT_EVERY} is held out for the OOD probes)"
            )
        return cls(train, held)

    def filler(self, held_out: bool = False) -> Filler:
        pool = self.held_out if held_out else self.train

        def sentence(rng: np.random.Generator) -> str:
            return pool[int(rng.integers(len(pool)))]

        return sentence


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, each on one line with single spaces; a run of text with no
    sentence end in MAX_SENTENCE characters is cut at a space (or anywhere) to that length.
    A trailing piece without a sentence end is dropped."""
    sentences = []
    for match in _SENTENCE.finditer(text):
        sentence = " ".join(match.group().split())
        while len(sentence) > MAX_SENTENCE:
            cut = sentence.rfind(" ", 0, MAX_SENTENCE)
            cut = cut if cut > 0 else MAX_SENTENCE
            sentences.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if sentence and any(c.isalnum() for c in sentence):
            sentences.append(sentence)
    return [s for s in sentences if s]


# --- stories ------------------------------------------------------------------------------------


def story(rng: np.random.Generator, country: str, language: str, target: int, filler: Filler):
    """One story line (without the newline) whose distance is at most `target` (where one
    sentence allows) and as close to it as the filler sentences allow."""
    sentences: list[str] = []
    length = 1  # the distance so far: " " + sentences joined by " " + " "
    misses = 0
    while misses < 8:  # stop once several sentences in a row would overshoot
        candidate = filler(rng)
        grown = length + len(candidate) + 1
        if grown <= target:
            sentences.append(candidate)
            length = grown
            misses = 0
        else:
            misses += 1
    if not sentences:
        sentences = [min((filler(rng) for _ in range(8)), key=len)]
    return f"I grew up in {country}. {' '.join(sentences)} {PROMPT_END}{language}."


def distance(line: str) -> int:
    """Characters strictly between the end of '{Country}.' and 'I speak fluent'."""
    start = line.index(".", len("I grew up in ")) + 1
    return line.rindex(PROMPT_END) - start


def _pair(rng: np.random.Generator) -> tuple[str, str]:
    return PAIRS[int(rng.integers(len(PAIRS)))]


def _target(rng, lo: int, hi: int, distances: str) -> int:
    """A distance drawn from [lo, hi]: uniformly, or log-uniformly (as many stories of
    10-20 characters as of 100-200 or 800-1,600)."""
    if distances == "log":
        a, b = math.log(max(lo, 1) + 10), math.log(hi + 10)
        return min(hi, max(lo, int(math.exp(rng.uniform(a, b))) - 10))
    return int(rng.integers(lo, hi + 1))


def corpus(
    n_stories: int,
    min_distance: int,
    max_distance: int,
    seed: int,
    short_fraction: float = 0.0,
    short_max: int = SHORT_MAX,
    distances: str = "uniform",
    filler: Filler | None = None,
) -> str:
    """n_stories lines, countries drawn uniformly, distances in [min_distance, max_distance]
    (targets drawn by `distances`, "uniform" or "log"; a story that misses the range is
    drawn again). The same arguments give the same text. filler: where the sentences come
    from (default: the training side of the grammar).

    short_fraction: the share of stories whose target is drawn from [min_distance,
    short_max] instead. Short stories are where a model first discovers that the language
    depends on the country: across a short gap the gradient still reaches the country
    before it vanishes, and what is learnt there then stretches to longer gaps."""
    if distances not in DISTANCES:
        raise CharlstmError(f"distances must be one of {', '.join(DISTANCES)}, got {distances!r}")
    filler = filler or grammar_filler(grammar.grammars()[0])
    rng = np.random.default_rng(seed)
    lines = []
    misses = 0
    while len(lines) < n_stories:
        country, language = _pair(rng)
        hi = max_distance
        if short_fraction > 0 and rng.random() < short_fraction:
            hi = max(min_distance, min(short_max, max_distance))
        line = story(rng, country, language, _target(rng, min_distance, hi, distances), filler)
        if min_distance <= distance(line) <= max_distance:
            lines.append(line + "\n")
            misses = 0
        else:
            misses += 1
            if misses > 1000:
                raise CharlstmError(
                    f"the filler sentences cannot make stories of distance {min_distance}-"
                    f"{max_distance} (they are too long or too uniform in length)"
                )
    return "".join(lines)


def probes(
    per_bin: int,
    bins,
    seed: int,
    exclude: set[str] = frozenset(),
    filler: Filler | None = None,
    label: str | None = None,
) -> list[dict]:
    """Held-out probe records, `per_bin` stories with distance in each [lo, hi) of bins,
    countries in turn so that each bin is balanced; stories in `exclude` (the training
    lines) are never used. Each record: prompt (the story up to "I speak fluent "), answer,
    choices (all twelve languages), distance, and set (= label) when a label is given."""
    filler = filler or grammar_filler(grammar.grammars()[0])
    rng = np.random.default_rng(seed)
    records = []
    for lo, hi in bins:
        made = misses = 0
        while made < per_bin:
            country, language = PAIRS[made % len(PAIRS)]
            line = story(rng, country, language, int(rng.integers(lo, hi)), filler)
            if not lo <= distance(line) < hi or line + "\n" in exclude:
                misses += 1
                if misses > 1000 + 10 * per_bin:
                    raise CharlstmError(
                        f"the filler sentences cannot make probes of distance {lo}-{hi}"
                    )
                continue
            cut = line.rindex(PROMPT_END) + len(PROMPT_END)
            record = {
                "prompt": line[:cut],
                "answer": language,
                "choices": list(LANGUAGES),
                "distance": distance(line),
            }
            if label is not None:
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
) -> list[dict]:
    """Both probe sets: "in-distribution" (new stories from the training filler) then "ood"
    (stories from the held-out filler only)."""
    if sentences is None:
        train_side, held_side = grammar.grammars()
        inside, outside = grammar_filler(train_side), grammar_filler(held_side)
    else:
        inside, outside = sentences.filler(), sentences.filler(held_out=True)
    return probes(per_bin, bins, seed, exclude, inside, "in-distribution") + probes(
        per_bin, bins, seed + 1, exclude, outside, "ood"
    )


def build(
    n_stories: int,
    min_distance: int,
    max_distance: int,
    seed: int,
    short_fraction: float = 0.0,
    distances: str = "uniform",
    sentences: Sentences | None = None,
    probes_per_bin: int = 0,
    probe_max_distance: int = BINS[-1][1],
) -> tuple[str, list[dict]]:
    """The corpus and (when probes_per_bin > 0) both probe sets, in the bins up to
    probe_max_distance; sentences: filler from a user's text instead of the grammar."""
    if n_stories < 1 or not 0 <= min_distance <= max_distance or probes_per_bin < 0:
        raise CharlstmError(
            "need stories ≥ 1, 0 ≤ min distance ≤ max distance and probes per bin ≥ 0"
        )
    if not 0 <= short_fraction <= 1:
        raise CharlstmError("the short fraction must be in [0, 1]")
    filler = sentences.filler() if sentences is not None else None
    text = corpus(n_stories, min_distance, max_distance, seed, short_fraction, SHORT_MAX,
                  distances, filler)  # fmt: skip
    records: list[dict] = []
    if probes_per_bin:
        bins = [(lo, hi) for lo, hi in BINS if hi <= probe_max_distance]
        if not bins:
            raise CharlstmError(
                f"the probe max distance must be at least {BINS[0][1]} (the first bin)"
            )
        records = probe_sets(probes_per_bin, bins, seed + 1, set(text.splitlines(True)), sentences)
    return text, records
