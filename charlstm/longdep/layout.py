"""The long-dependency corpus: its lines (a story alone, after prose, a distractor or
another story, with prose after it, or prose alone: _line), their order for one run
(Curriculum: short stories first in every stream the trainer reads), and the project's own
corpus and probes, the one place their recipe is written down (build, project_corpus).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from charlstm import batches
from charlstm.errors import CharlstmError
from charlstm.longdep.probing import BINS, probe_sets
from charlstm.longdep.sides import MAX_DRAWS, Sentences, Side, grammar_sides, some_sentences
from charlstm.longdep.task import PAIRS, Filler, distance, stories_in, story

DISTANCES = ("uniform", "log")
# An easy story's country and answer fit in one training window: " I speak fluent Portuguese."
# and the country's own letters take this much of it besides the distance.
EASY_MARGIN = 28

# The project's corpus, the one place its recipe is written down: what `make data` writes,
# and what compare writes when its directory has none (project_corpus). The stories are laid
# out (curriculum_for) for one run of PROJECT_CONFIG with the values below, which are also
# `charlstm data longdep`'s defaults, so the Makefile passes only --curriculum, --out and
# --probes: to change the corpus, change a value here (and the hashes the tests pin).
PROJECT_CONFIG = "configs/demo.yaml"  # in the charlstm package (the Makefile's DEMO_CONFIG)
DEFAULT_STORIES = 14000  # without a curriculum; the demo's corpus is about 4.7 million characters
DEFAULT_MIN_DISTANCE = 0
# Stories to 400 characters, probes to 1,600 (BINS): stories whose country lies windows back
# taught models to distrust their memory (docs/longdep.md, third session).
DEFAULT_MAX_DISTANCE = 400
DEFAULT_DISTANCES = "log"
DEFAULT_SEED = 0
DEFAULT_WARMUP = 0.5  # share of each pass over which the longest distance grows
DEFAULT_EPOCHS = 8  # passes over the corpus in the run (the demo: 8 of 1,200 steps)
DEFAULT_EASY = 0.0  # share of stories, after the hold, short enough for one training window


def _pair(rng: np.random.Generator) -> tuple[str, str]:
    return PAIRS[int(rng.integers(len(PAIRS)))]


def _target(rng, lo: int, hi: int, distances: str) -> int:
    """A distance drawn from [lo, hi]: uniformly, or log-uniformly (as many stories of
    10-20 characters as of 100-200 or 800-1,600)."""
    if hi <= lo:
        return lo
    if distances == "log":
        a, b = math.log(max(lo, 1) + 10), math.log(hi + 10)
        return min(hi, max(lo, int(math.exp(rng.uniform(a, b))) - 10))
    return int(rng.integers(lo, hi + 1))


def corpus(
    n_stories: int,
    min_distance: int,
    max_distance: int,
    seed: int,
    distances: str = "uniform",
    side: Side | None = None,
    curriculum: Curriculum | None = None,
) -> str:
    """n_stories lines, countries drawn uniformly, distances in [min_distance, max_distance]
    (targets drawn by `distances`, "uniform" or "log"; a story that misses the range is
    drawn again), each in a context drawn by _line (alone, after prose or a distractor, after
    another story, with prose after it; a share of lines are prose with no story). The same
    arguments give the same text. side: where the sentences come from (default: the training
    side of the grammar).

    curriculum: instead of n_stories, as many lines as Curriculum lays out, short stories
    first in every stream the trainer reads."""
    if distances not in DISTANCES:
        raise CharlstmError(f"distances must be one of {', '.join(DISTANCES)}, got {distances!r}")
    side = side or grammar_sides()[0]
    if curriculum is not None:
        return _laid_out(curriculum, min_distance, max_distance, seed, distances, side)
    rng = np.random.default_rng(seed)
    lo, hi = min_distance, max_distance
    return "".join(_line(rng, lo, hi, hi, distances, side) for _ in range(n_stories))


@functools.lru_cache(maxsize=4)
def _laid_out(
    curriculum: Curriculum, lo: int, hi: int, seed: int, distances: str, side: Side
) -> str:
    """corpus() laid out by a curriculum, kept for the process: the project's corpus takes
    about two minutes to draw, and `data longdep`, compare and the tests that pin its bytes
    would each draw it again (grammar_sides() gives the same Side each call, so they meet).
    Four are kept, not one: the tests draw small curricula between those that pin the
    project's (about 5 MB of text), and with one kept each drew it again."""
    return curriculum.text(np.random.default_rng(seed), lo, hi, distances, side)


# What a corpus line holds besides its story, so that only the words "I grew up in" say
# where the fact is: a model that takes the country from the line's start, from the
# sentence after the previous story, or from the last country named, is wrong on a share of
# every kind of line (docs/longdep.md has the trials).
PROSE_LINE_RATE = 0.08  # lines of prose with no story
PREFIXES = ("none", "prose", "distractor", "story")
PREFIX_WEIGHTS = (0.58, 0.18, 0.14, 0.10)  # what comes before the story on its line
SUFFIX_RATE = 0.15  # a story followed by prose on its line
PREFIX_STORY_DISTANCE = 60  # the longest distance of a story that precedes another
# A corpus story draws up to this many filler sentences in a row for a short target, where
# the probes and endings draw 8: with 8, most targets under about 25 characters found no
# sentence short enough and became stories with no filler, so a model could learn the
# language from the sentence right before the question, and two seeds of three did, and
# then never carried the country through one sentence. With 256 tries, stories one short
# sentence long ("I grew up in Peru. Toby sat. I speak fluent …") are about as common as
# stories with none; with 64 (two thirds as common), seeds 0 and 1 of the demo learned the
# rule only in part (docs/longdep.md, trials SH and SH256).
SHORT_TRIES = 256
# First-person sentences ("I still …", "I grew tired", "I grew up fast", "I speak slowly")
# make up this share of the filler and prose of every line past the context ramp
# (Curriculum.context_share, which grows over each pass's warm-up); the lines the ramp
# keeps as a story alone have none. Before the short one-sentence stories, any share of
# them kept every run from learning to carry the country; with them, a tenth let every
# seed learn it in part, and a twentieth (with SHORT_TRIES 256) let the seed that a tenth
# kept from it learn it in full (docs/longdep.md, trials FP2 and SH256-FP5).
FIRST_PERSON_IN_CONTEXT = 0.05


def _line(
    rng: np.random.Generator,
    lo: int,
    cap: int,
    hi: int,
    distances: str,
    side: Side,
    context_share: float = 1.0,
) -> str:
    """One corpus line (with its newline): a line of prose (PROSE_LINE_RATE), or a story
    (_story_in_range) after one of PREFIXES and, at SUFFIX_RATE, followed by prose. With
    context_share < 1, the rest of the lines are the story alone, with no first-person
    sentences (FIRST_PERSON_IN_CONTEXT)."""
    if context_share < 1 and rng.random() >= context_share:
        return _story_in_range(rng, lo, cap, hi, distances, side.story_filler()) + "\n"
    fill = side.story_filler(FIRST_PERSON_IN_CONTEXT)
    if rng.random() < PROSE_LINE_RATE:
        return some_sentences(rng, fill, 3) + "\n"
    line = _story_in_range(rng, lo, cap, hi, distances, fill)
    kind = PREFIXES[int(rng.choice(len(PREFIXES), p=PREFIX_WEIGHTS))]
    if kind == "prose":
        line = some_sentences(rng, fill, 2) + " " + line
    elif kind == "distractor":
        line = side.distractor(rng) + " " + line
    elif kind == "story":
        short = min(cap, PREFIX_STORY_DISTANCE)
        line = _story_in_range(rng, lo, short, max(hi, short), distances, fill) + " " + line
    if rng.random() < SUFFIX_RATE:
        line += " " + some_sentences(rng, fill, 2)
    return line + "\n"


def _story_in_range(
    rng: np.random.Generator, lo: int, cap: int, hi: int, distances: str, filler: Filler
) -> str:
    """One story (no newline): a random pair and a target distance drawn from [lo, cap] by
    `distances`; a story whose distance misses [lo, hi] is drawn again."""
    for _ in range(MAX_DRAWS):
        country, language = _pair(rng)
        target = _target(rng, lo, cap, distances)
        line = story(rng, country, language, target, filler, allow_empty=True, tries=SHORT_TRIES)
        if lo <= distance(line) <= hi:
            return line
    raise CharlstmError(
        f"the filler sentences cannot make stories of distance {lo}-{hi} "
        "(they are too long or too uniform in length)"
    )


@dataclass(frozen=True)
class Curriculum:
    """Short stories first, in every one of the trainer's parallel streams.

    Training reads the first 1 − val_fraction of its text as `streams` (train.batch_size)
    equal contiguous parts side by side, seq_len characters of each per step
    (batches.Streams). This lays the stories out so that each part is `stream_chars` long
    and, within it, the first `hold` share holds stories with no filler ("I grew up in
    Spain. I speak fluent Spanish.", where the country is next to the question), then the
    longest allowed distance grows geometrically from `start` to the maximum over the next
    `warmup` share of the part, then stays there; the validation
    text after the parts mixes all distances. After the hold, an `easy` share of the stories
    (drawn story by story) stays short enough that the country and the answer fit in one
    training window of `window` characters (distances up to window − EASY_MARGIN, drawn as
    the others), so the carrying of the country through filler keeps being taught, with a
    gradient, while the distances grow: truncated backpropagation teaches nothing about a
    story whose country lies in an earlier window (docs/longdep.md). Sized as steps × seq_len
    per stream, one epoch is the whole run, so the distances grow with the step. With another
    batch size or val_fraction the text is still a valid corpus, only not in curriculum order."""

    streams: int
    stream_chars: int
    val_fraction: float
    warmup: float = DEFAULT_WARMUP
    start: int = 20
    hold: float = 0.15
    easy: float = DEFAULT_EASY
    window: int = 0

    def cap(self, position: int, lo: int, hi: int) -> int:
        """The longest distance allowed at a character position within a stream: 0 (stories
        with no filler) for the first `hold` share, then growing over the next `warmup`."""
        if position < self.stream_chars * self.hold:
            return lo
        position -= self.stream_chars * self.hold
        progress = position / max(1.0, self.stream_chars * self.warmup)
        start = max(lo, min(self.start, hi))
        if progress >= 1 or start >= hi:
            return hi
        return max(lo, int(start * (hi / max(start, 1)) ** progress))

    def context_share(self, position: int) -> float:
        """The share of lines in a context (_line) at a character position within a stream:
        none in the hold, where the model first learns which language answers which country
        (with contexts from the start, it took five times the steps), then growing with the
        distances to all by the warm-up's end. A model first learns to carry the country
        through filler on stories that stand alone, then to find it by its words; with
        contexts in full from the hold's end, two seeds of three never carried it through one
        sentence (docs/longdep.md, trial W)."""
        start = self.stream_chars * self.hold
        span = self.stream_chars * self.warmup
        if span <= 0:
            return 1.0 if position >= start else 0.0
        return float(np.clip((position - start) / span, 0, 1))

    def text(self, rng, lo: int, hi: int, distances: str, side: Side) -> str:
        out: list[str] = []
        length = 0

        def add(cap: int) -> None:
            nonlocal length
            share = self.context_share(length - begin) if length < train_end else 1.0
            line = _line(rng, lo, cap, hi, distances, side, share)
            out.append(line)
            length += len(line)

        def easy() -> bool:  # no draw at all when easy is 0: the older layouts stay as they were
            return self.easy > 0 and rng.random() < self.easy

        easy_cap = max(lo, min(hi, self.window - EASY_MARGIN))

        train_end = self.streams * self.stream_chars
        begin = 0
        for part in range(self.streams):
            begin = part * self.stream_chars
            while length < begin + self.stream_chars:  # each part ends where its stream does
                add(easy_cap if easy() else self.cap(length - begin, lo, hi))
        train = length
        while length < train / (1 - self.val_fraction):
            add(hi)
        return "".join(out)


def curriculum_for(
    train_config,
    warmup: float = DEFAULT_WARMUP,
    epochs: int = DEFAULT_EPOCHS,
    easy: float = DEFAULT_EASY,
) -> Curriculum:
    """The Curriculum for a run of this config (a config.Config): one stream per batch row
    that reads a stream (train.batch_size − train.fresh_rows), each as long as the run reads
    in one of `epochs` passes (max_steps / epochs × seq_len characters). Every pass starts
    the streams again from a zero state (batches.Streams) and with short stories. (Laid out
    once per pass with new stories, the passes taught less: docs/longdep.md.)"""
    t = train_config.train
    if epochs < 1 or t.max_steps < epochs:
        raise CharlstmError("a curriculum needs 1 ≤ epochs ≤ the config's train.max_steps")
    if not 0 < warmup <= 1:
        raise CharlstmError("the curriculum's warm-up share must be in (0, 1]")
    if not 0 <= easy < 1:
        raise CharlstmError("the curriculum's easy share must be in [0, 1)")
    stream_chars = t.max_steps // epochs * t.seq_len
    return Curriculum(
        batches.stream_rows(t),  # the rows that read streams (batches.FreshStarts)
        stream_chars,
        train_config.data.val_fraction,
        warmup,
        easy=easy,
        window=t.seq_len,
    )


def build(
    n_stories: int,
    min_distance: int,
    max_distance: int,
    seed: int,
    distances: str = "uniform",
    sentences: Sentences | None = None,
    probes_per_bin: int = 0,
    probe_max_distance: int = BINS[-1][1],
    curriculum: Curriculum | None = None,
) -> tuple[str, list[dict]]:
    """The corpus and (when probes_per_bin > 0) both probe sets, in the bins up to
    probe_max_distance; sentences: filler from a user's text instead of the grammar;
    curriculum: the stories laid out for one run (n_stories is then unused)."""
    if n_stories < 1 or not 0 <= min_distance <= max_distance or probes_per_bin < 0:
        raise CharlstmError(
            "need stories ≥ 1, 0 ≤ min distance ≤ max distance and probes per bin ≥ 0"
        )
    side = sentences.side() if sentences is not None else None
    text = corpus(n_stories, min_distance, max_distance, seed, distances, side, curriculum)
    records: list[dict] = []
    if probes_per_bin:
        bins = [(lo, hi) for lo, hi in BINS if hi <= probe_max_distance]
        if not bins:
            raise CharlstmError(
                f"the probe max distance must be at least {BINS[0][1]} (the first bin)"
            )
        records = probe_sets(probes_per_bin, bins, seed + 1, stories_in(text), sentences, set(text))
    return text, records


def project_corpus(project_config) -> str:
    """The project's corpus, the same bytes as `make data` writes: the defaults above, laid
    out for project_config (PROJECT_CONFIG, resolved into a config.Config)."""
    text, _ = build(
        DEFAULT_STORIES,
        DEFAULT_MIN_DISTANCE,
        DEFAULT_MAX_DISTANCE,
        DEFAULT_SEED,
        DEFAULT_DISTANCES,
        curriculum=curriculum_for(project_config),
    )
    return text
