"""Where the filler sentences of stories, and the prose and distractors around them, come
from: a Side of the project's grammar (grammar_sides: its training side and its held-out
side), or Sentences from a user's text, split into a training side and a held-out side.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import numpy as np

from charlstm import grammar
from charlstm.errors import CharlstmError
from charlstm.longdep.task import COUNTRIES, LANGUAGES, Filler

DISTRACTOR_RATE = 0.25  # share of grammar filler sentences that name a place or language
# Draws of text made of filler (a story for one corpus line, a probe's context) before the
# filler is judged unable to fit it.
MAX_DRAWS = 1000


def grammar_filler(side: grammar.Grammar, distractor_rate: float = DISTRACTOR_RATE) -> Filler:
    """Sentences from one side of the grammar (grammar.grammars()), without its first-person
    shapes: Side.story_filler mixes those in."""

    words = _words_for(side)

    def sentence(rng: np.random.Generator) -> str:
        return side.sentence(words(rng), distractor_rate)

    return sentence


def _words_for(side: grammar.Grammar):
    """rng -> grammar.Words over this side, the last one kept while the generator is the
    same: a corpus draws millions of sentences from one generator, and a Words holds no
    state of its own but the generator, so a new one per sentence only cost its set-up."""
    last: list[grammar.Words] = []

    def words(rng: np.random.Generator) -> grammar.Words:
        if not last or last[0].rng is not rng:
            last[:] = [grammar.Words(rng, side.lex, COUNTRIES, LANGUAGES)]
        return last[0]

    return words


def _shapes_filler(side: grammar.Grammar, shapes) -> Filler:
    words_for = _words_for(side)

    def sentence(rng: np.random.Generator) -> str:
        words = words_for(rng)
        return words.pick(shapes)(words)

    return sentence


@dataclass(frozen=True)
class Side:
    """Where the sentences of the corpus (the training side) or of one probe set come from:
    the stories' filler and the prose around them, a distractor that names another country,
    language or city, and a first-person sentence, which story_filler mixes into the
    filler and prose at a given rate."""

    filler: Filler
    distractor: Filler
    first_person: Filler | None  # None: no first-person probes for this side

    @classmethod
    def of_grammar(cls, side: grammar.Grammar) -> Side:
        return cls(
            grammar_filler(side),
            _shapes_filler(side, side.distractors),
            _shapes_filler(side, side.first_person),
        )

    def story_filler(self, rate: float = 0.0) -> Filler:
        """Filler with `rate` of first-person sentences (none without a first_person)."""
        if rate <= 0 or self.first_person is None:
            return self.filler

        def sentence(rng: np.random.Generator) -> str:
            return self.first_person(rng) if rng.random() < rate else self.filler(rng)

        return sentence


@functools.cache  # the same two Sides every call, so layout._laid_out knows them again
def grammar_sides() -> tuple[Side, Side]:
    """(training side, held-out side) of the project's grammar."""
    train, held = grammar.grammars()
    return Side.of_grammar(train), Side.of_grammar(held)


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


def some_sentences(rng: np.random.Generator, fill: Filler, most: int) -> str:
    """1 to `most` sentences from `fill`, joined by spaces."""
    return " ".join(fill(rng) for _ in range(1 + int(rng.integers(most))))
