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
from dataclasses import dataclass

import numpy as np

from charlstm import grammar
from charlstm.errors import CharlstmError
from charlstm.evaluate import DISTANCE_BINS

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
DISTRACTOR_RATE = 0.25  # share of grammar filler sentences that name a place or language
# None of the grammar's first-person shapes in the corpus: with them, no run learned to carry
# the fact within the budget (docs/longdep.md, fifth session). The probes still use them.
FIRST_PERSON_RATE = 0.0
PROMPT_END = "I speak fluent "
# Probe bins: [lo, hi) characters between the country and "I speak fluent"; eval's bins,
# less its open-ended last one (one definition: evaluate.DISTANCE_BINS).
BINS = tuple((lo, hi) for lo, hi in DISTANCE_BINS if hi is not None)
DISTANCES = ("uniform", "log")
MAX_DRAWS = 1000  # stories drawn for one line before the filler is judged unable to fit it
# An easy story's country and answer fit in one training window: " I speak fluent Portuguese."
# and the country's own letters take this much of it besides the distance.
EASY_MARGIN = 28

Filler = Callable[[np.random.Generator], str]  # one filler sentence per call

# The project's corpus, the one place its recipe is written down: what `make data` writes,
# and what compare writes when its directory has none (project_corpus). The stories are laid
# out (curriculum_for) for one run of PROJECT_CONFIG with the values below, which are also
# `charlstm data longdep`'s defaults, so the Makefile passes only --curriculum, --out and
# --probes: to change the corpus, change a value here (and the hashes the tests pin).
PROJECT_CONFIG = "configs/demo.yaml"  # in the charlstm package (the Makefile's DEMO_CONFIG)
DEFAULT_STORIES = 14000  # without a curriculum; the demo's corpus is about 4.9 million characters
DEFAULT_MIN_DISTANCE = 0
# Stories to 400 characters, probes to 1,600 (BINS): stories whose country lies windows back
# taught models to distrust their memory (docs/longdep.md, third session).
DEFAULT_MAX_DISTANCE = 400
DEFAULT_DISTANCES = "log"
DEFAULT_SEED = 0
DEFAULT_WARMUP = 0.5  # share of each pass over which the longest distance grows
DEFAULT_EPOCHS = 8  # passes over the corpus in the run (the demo: 8 of 1,200 steps)
DEFAULT_EASY = 0.0  # share of stories, after the hold, short enough for one training window


def grammar_filler(side: grammar.Grammar, distractor_rate: float = DISTRACTOR_RATE) -> Filler:
    """Sentences from one side of the grammar (grammar.grammars()), without its first-person
    shapes: Side.story_filler mixes those in."""

    def sentence(rng: np.random.Generator) -> str:
        words = grammar.Words(rng, side.lex, COUNTRIES, LANGUAGES)
        return side.sentence(words, distractor_rate)

    return sentence


def _shapes_filler(side: grammar.Grammar, shapes) -> Filler:
    def sentence(rng: np.random.Generator) -> str:
        words = grammar.Words(rng, side.lex, COUNTRIES, LANGUAGES)
        return words.pick(shapes)(words)

    return sentence


@dataclass(frozen=True)
class Side:
    """Where the sentences of the corpus (the training side) or of one probe set come from:
    the stories' filler and the prose around them, a distractor that names another country,
    language or city, and a first-person sentence, which makes up first_person_rate of the
    filler and prose (story_filler)."""

    filler: Filler
    distractor: Filler
    first_person: Filler | None  # None: no first-person probes for this side
    first_person_rate: float = 0.0

    @classmethod
    def of_grammar(cls, side: grammar.Grammar) -> Side:
        return cls(
            grammar_filler(side),
            _shapes_filler(side, side.distractors),
            _shapes_filler(side, side.first_person),
            FIRST_PERSON_RATE,
        )

    def story_filler(self, rate: float | None = None) -> Filler:
        """Filler with `rate` (default first_person_rate) of first-person sentences."""
        rate = self.first_person_rate if rate is None else rate
        if rate <= 0 or self.first_person is None:
            return self.filler

        def sentence(rng: np.random.Generator) -> str:
            return self.first_person(rng) if rng.random() < rate else self.filler(rng)

        return sentence


def grammar_sides() -> tuple[Side, Side]:
    """(training side, held-out side) of the project's grammar."""
    train, held = grammar.grammars()
    return Side.of_grammar(train), Side.of_grammar(held)


# --- filler from a user's text ---------------------------------------------------------------

# A sentence ends at a run of . ! ? (or their full-width and other scripts' forms) and any
# closing quotes or brackets after it; the next one starts right there (after white space,
# or at once for scripts that write no spaces, 。). Only the ends are searched for: a
# pattern for the whole sentence ("[^.!?]*[.!?]+") is tried again from every position of a
# long piece with no end, which took 23 s for 58,000 characters and grows with the square.
_SENTENCE_END = re.compile(r"[.!?。！？؟।]+[\"'”’»)\]]*")
_FORBIDDEN = ("grew up in", "speak fluent")
MAX_SENTENCE = 400  # characters: longer "sentences" are cut at a space near this length
HELD_OUT_EVERY = 10  # every tenth sentence of a user's text goes to the OOD probes only


MIN_HELD_OUT = 20  # held-out sentences below which an OOD set would mean nothing
FEW_HELD_OUT = 50  # held-out sentences below which the OOD set is built, with a warning
MIN_FIRST_PERSON = 5  # a text's own "I …" sentences below which the grammar's are used


class Sentences:
    """Filler drawn from a fixed list of sentences: (training side, held-out side)."""

    def __init__(self, train: list[str], held_out: list[str]):
        self.train, self.held_out = train, held_out

    @classmethod
    def from_text(cls, text: str, name: str) -> Sentences:
        """Split a text into one-line sentences; every HELD_OUT_EVERY-th distinct sentence is
        held out. Sentences that would give the task away ("grew up in", "speak fluent") are
        dropped. A text with too few sentences for MIN_HELD_OUT held-out ones is a
        CharlstmError naming the file."""
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
        if len(held) < MIN_HELD_OUT:
            raise CharlstmError(
                f"{name}: only {len(distinct)} distinct sentences, so {len(held)} held out for "
                f"the OOD probes; need at least {MIN_HELD_OUT * HELD_OUT_EVERY} distinct "
                f"sentences ({MIN_HELD_OUT} held out, one in {HELD_OUT_EVERY})"
            )
        return cls(train, held)

    def summary(self) -> str:
        """What the split holds, and a warning when the held-out side is small."""
        first = [sum(_first_person(s) for s in pool) for pool in (self.train, self.held_out)]
        line = (
            f"{len(self.train)} training sentences ({first[0]} first-person) and "
            f"{len(self.held_out)} held-out sentences for the OOD probes ({first[1]} "
            "first-person)"
        )
        if sum(_first_person(s) for s in self.held_out) < MIN_FIRST_PERSON:
            line += (
                f"; under {MIN_FIRST_PERSON} held-out first-person sentences, so no "
                "first-person probes"
            )
        if len(self.held_out) < FEW_HELD_OUT:
            line += (
                f"; warning: under {FEW_HELD_OUT} held-out sentences, the OOD probes repeat "
                "the same few sentences"
            )
        return line

    def filler(self, held_out: bool = False) -> Filler:
        return _pool_filler(self.held_out if held_out else self.train)

    def side(self, held_out: bool = False) -> Side:
        """The text's sentences as filler and prose; distractors from the grammar's matching
        side; its own first-person sentences when it has MIN_FIRST_PERSON, else none (the
        grammar's English "I …" sentences would not be the text's kind of prose, nor always
        in its alphabet), so its probe sets have no first-person context."""
        pool = self.held_out if held_out else self.train
        grammar_side = grammar_sides()[1 if held_out else 0]
        mine = [s for s in pool if _first_person(s)]
        first = _pool_filler(mine) if len(mine) >= MIN_FIRST_PERSON else None
        return Side(_pool_filler(pool), grammar_side.distractor, first)


def _first_person(sentence: str) -> bool:
    return sentence.startswith(("I ", "I'", "I’"))


def _pool_filler(pool: list[str]) -> Filler:
    def sentence(rng: np.random.Generator) -> str:
        return pool[int(rng.integers(len(pool)))]

    return sentence


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, each on one line with single spaces; a run of text with no
    sentence end in MAX_SENTENCE characters is cut at a space (or anywhere) to that length.
    A trailing piece without a sentence end is dropped."""
    sentences, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        sentence = " ".join(text[start : end.end()].split())
        start = end.end()
        while len(sentence) > MAX_SENTENCE:
            cut = sentence.rfind(" ", 0, MAX_SENTENCE)
            cut = cut if cut > 0 else MAX_SENTENCE
            sentences.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if sentence and any(c.isalnum() for c in sentence):
            sentences.append(sentence)
    return [s for s in sentences if s]


# --- stories ------------------------------------------------------------------------------------


def story(
    rng: np.random.Generator,
    country: str,
    language: str,
    target: int,
    filler: Filler | None = None,
    allow_empty: bool = False,
):
    """One story line (without the newline) whose distance is at most `target` (where one
    sentence allows) and as close to it as the filler sentences allow. allow_empty: a
    target shorter than any sentence gives a story with no filler (distance 1), where a
    model finds the country right next to the question. filler: default, the training side
    of the grammar."""
    filler = filler or grammar_filler(grammar.grammars()[0])
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
    if not sentences and allow_empty:
        return f"I grew up in {country}. {PROMPT_END}{language}."
    if not sentences:
        sentences = [min((filler(rng) for _ in range(8)), key=len)]
    return f"I grew up in {country}. {' '.join(sentences)} {PROMPT_END}{language}."


def distance(line: str) -> int:
    """Characters strictly between the end of '{Country}.' and 'I speak fluent'."""
    start = line.index(".", len("I grew up in ")) + 1
    return line.rindex(PROMPT_END) - start


_STORY = re.compile(r"I grew up in [^.]*\..*?I speak fluent [^.]*\.")


def stories_in(text: str) -> set[str]:
    """Every story of a text, without what stands around it on its line."""
    return {m.group() for line in text.splitlines() for m in _STORY.finditer(line)}


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
    rng = np.random.default_rng(seed)
    if curriculum is not None:
        return curriculum.text(rng, min_distance, max_distance, distances, side)
    lo, hi = min_distance, max_distance
    return "".join(_line(rng, lo, hi, hi, distances, side) for _ in range(n_stories))


# What a corpus line holds besides its story, so that only the words "I grew up in" say
# where the fact is: a model that takes the country from the line's start, from the
# sentence after the previous story, or from the last country named, is wrong on a share of
# every kind of line (docs/longdep.md has the trials).
PROSE_LINE_RATE = 0.08  # lines of prose with no story
PREFIXES = ("none", "prose", "distractor", "story")
PREFIX_WEIGHTS = (0.58, 0.18, 0.14, 0.10)  # what comes before the story on its line
SUFFIX_RATE = 0.15  # a story followed by prose on its line
PREFIX_STORY_DISTANCE = 60  # the longest distance of a story that precedes another


def _sentences(rng: np.random.Generator, fill: Filler, most: int) -> str:
    return " ".join(fill(rng) for _ in range(1 + int(rng.integers(most))))


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
    context_share < 1, the rest of the lines are the story alone."""
    fill = side.story_filler()
    if context_share < 1 and rng.random() >= context_share:
        return _story_in_range(rng, lo, cap, hi, distances, fill) + "\n"
    if rng.random() < PROSE_LINE_RATE:
        return _sentences(rng, fill, 3) + "\n"
    line = _story_in_range(rng, lo, cap, hi, distances, fill)
    kind = PREFIXES[int(rng.choice(len(PREFIXES), p=PREFIX_WEIGHTS))]
    if kind == "prose":
        line = _sentences(rng, fill, 2) + " " + line
    elif kind == "distractor":
        line = side.distractor(rng) + " " + line
    elif kind == "story":
        short = min(cap, PREFIX_STORY_DISTANCE)
        line = _story_in_range(rng, lo, short, max(hi, short), distances, fill) + " " + line
    if rng.random() < SUFFIX_RATE:
        line += " " + _sentences(rng, fill, 2)
    return line + "\n"


def _story_in_range(
    rng: np.random.Generator, lo: int, cap: int, hi: int, distances: str, filler: Filler
) -> str:
    """One story (no newline): a random pair and a target distance drawn from [lo, cap] by
    `distances`; a story whose distance misses [lo, hi] is drawn again."""
    for _ in range(MAX_DRAWS):
        country, language = _pair(rng)
        target = _target(rng, lo, cap, distances)
        line = story(rng, country, language, target, filler, allow_empty=True)
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
        none in the first half of the hold, where the model first learns which language
        answers which country (with contexts from the start, it took five times the steps:
        docs/longdep.md), then growing to all by the hold's end."""
        hold = self.stream_chars * self.hold
        return 1.0 if hold <= 0 else float(np.clip(2 * position / hold - 1, 0, 1))

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
        return _sentences(rng, side.story_filler(), 2) + " "
    if context == "prose lines":
        lines = 1 + int(rng.integers(2))
        return "".join(_sentences(rng, side.story_filler(), 2) + "\n" for _ in range(lines))
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
        t.batch_size - t.fresh_rows,  # the rows that read streams (batches.FreshStarts)
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
