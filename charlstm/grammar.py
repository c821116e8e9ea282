"""Filler sentences for the long-dependency stories: sentence shapes filled from the lexicon.

A shape is a function of a Words (the random source and one side of the lexicon split) that
returns one sentence. The shapes cover statements, questions, quoted speech, lists, commas,
subordinate clauses, titles and exclamations, with varying capitalisation and punctuation.
They come in two disjoint sets: TRAIN_SHAPES write the training corpus and the
in-distribution probes, HELD_OUT_SHAPES only the out-of-distribution probes (filled from the
held-out lexicon). Each set has plain shapes and distractor shapes; a distractor names
another country, language, nationality or city, or "speaks" a language, but never with
"grew up in" or "speak fluent", so only a story's first sentence tells its ending.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from charlstm.lexicon import Lexicon, Verb, plural, split

Shape = Callable[["Words"], str]


@dataclass
class Words:
    """Random picks from one side of the lexicon, plus the task's countries and languages
    (which both sides share) for the distractors."""

    rng: np.random.Generator
    lex: Lexicon
    task_countries: Sequence[str]
    task_languages: Sequence[str]

    def __post_init__(self):
        # The corpus draws about 80 million words (make demo waits for it): the bound draw
        # and the category dict save an attribute lookup and a call on each.
        self._random = self.rng.random
        self._words = self.lex.words

    def pick(self, options: Sequence):
        # rng.random() is several times faster than rng.integers() for one draw
        return options[int(self._random() * len(options))]

    def chance(self, p: float) -> bool:
        return self._random() < p  # a Python float: the comparison is a bool

    def noun(self) -> str:
        return self.pick(self._words["noun"])

    def plural(self) -> str:
        return plural(self.noun())

    def adj(self) -> str:
        return self.pick(self._words["adjective"])

    def verb(self) -> Verb:
        return self.pick(self._words["verb"])

    def intransitive(self) -> Verb:
        return self.pick(self._words["intransitive"])

    def name(self) -> str:
        if self.chance(0.2):
            return f"{self.pick(self._words['name'])} {self.pick(self._words['surname'])}"
        return self.pick(self._words["name"])

    def relative(self) -> str:
        return self.pick(self._words["person"])

    def person(self) -> str:
        """Someone other than the narrator: a name, or "my aunt", "the baker", …"""
        roll = self._random()
        if roll < 0.5:
            return self.name()
        if roll < 0.8:
            return f"my {self.relative()}"
        return f"{self.pick(('the', 'our', 'their', 'his', 'her'))} {self.relative()}"

    def subject(self) -> str:
        if self.chance(0.3):
            return self.pick(("we", "they", "she", "he", "I", "you"))
        return self.person()

    def np(self) -> str:
        """A singular noun phrase: the/a/my … (adjective) noun."""
        noun = f"{self.adj()} {self.noun()}" if self.chance(0.5) else self.noun()
        det = self.pick(("the", "a", "my", "our", "his", "her", "their", "this", "that"))
        if det == "a" and noun[0] in "aeiou":
            det = "an"
        return f"{det} {noun}"

    def nps(self) -> str:
        """A plural noun phrase: some/the/three … (adjective) nouns."""
        noun = f"{self.adj()} {self.plural()}" if self.chance(0.4) else self.plural()
        det = self.pick(("the", "some", "many", "a few", "those", "our", self.number_word()))
        return f"{det} {noun}"

    def number_word(self) -> str:
        return self.pick(_counting_words(self._words["number"]))

    def number(self) -> str:
        return str(int(self.rng.integers(2, 100))) if self.chance(0.5) else self.number_word()

    def year(self) -> str:
        return str(int(self.rng.integers(1890, 2030)))

    def time(self) -> str:
        return self.pick(self._words["time"])

    def when(self) -> str:
        """A time phrase: "after breakfast", "on Monday", "in 1987", …"""
        if self.chance(0.15):
            return f"in {self.year()}"
        return (
            f"{self.pick(('after', 'before', 'until', 'by', 'since', 'on', 'every'))} {self.time()}"
        )

    def place(self) -> str:
        if self.chance(0.3):
            return self.pick(self._words["town"])
        return f"the {self.pick(self._words['place'])}"

    def adverb(self) -> str:
        return self.pick(self._words["adverb"])

    def country(self) -> str:
        """A country for a distractor: one of the task's or another."""
        if self.chance(0.5):
            return self.pick(self.task_countries)
        return self.pick(self._words["other_country"])

    def language(self) -> str:
        """A language (or nationality) for a distractor: one of the task's or another."""
        if self.chance(0.6):
            return self.pick(self.task_languages)
        return self.pick(self._words["other_language"])

    def city(self) -> str:
        return self.pick(self._words["city"])


@functools.cache  # one list per side's numbers, not one per phrase
def _counting_words(numbers: tuple) -> tuple:
    """The number words that count more than one ("two", "a dozen"): for plurals."""
    return tuple(n for n in numbers if n not in ("one", "half")) or ("two",)


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def title(text: str) -> str:
    return " ".join(w.capitalize() for w in text.split())


def article(word: str) -> str:
    return "an" if word[0].lower() in "aeiou" else "a"


# --- shapes the training corpus uses -------------------------------------------------------


def when_did(w: Words) -> str:
    return f"{cap(w.when())}, {w.subject()} {w.verb().past} {w.np()}."


def did_where(w: Words) -> str:
    return cap(f"{w.subject()} {w.verb().past} {w.np()} at {w.place()}.")


def was_adj(w: Words) -> str:
    return cap(f"{w.np()} was {w.adj()}{w.pick(('.', '.', '!'))}")


def pair_intransitive(w: Words) -> str:
    return cap(f"{w.person()} and {w.person()} {w.intransitive().past} {w.adverb()}.")


def there_were(w: Words) -> str:
    return f"There were {w.number()} {w.adj()} {w.plural()} near {w.np()}."


def because(w: Words) -> str:
    pronoun = w.pick(("she", "he", "they", "we"))
    was = "were" if pronoun in ("they", "we") else "was"
    return cap(f"{w.subject()} {w.intransitive().past} because {pronoun} {was} {w.adj()}.")


def when_clause(w: Words) -> str:
    return f"When {w.subject()} {w.verb().past} {w.np()}, {w.subject()} {w.intransitive().past}."


def habit(w: Words) -> str:
    return cap(f"{w.person()} {w.verb().third} {w.np()} every {w.time()}.")


def listing(w: Words) -> str:
    return cap(f"{w.subject()} {w.verb().past} {w.np()}, {w.np()} and {w.nps()}.")


def shopping(w: Words) -> str:
    noun = w.noun()
    items = f"{w.number()} {w.plural()}, {article(noun)} {noun} and some {w.plural()}"
    return cap(f"{w.person()} bought {items}.")


def did_question(w: Words) -> str:
    return f"Did {w.subject()} {w.verb().base} {w.np()}?"


def where_question(w: Words) -> str:
    return f"Where is the {w.adj()} {w.noun()}?"


def why_question(w: Words) -> str:
    return f"Why was {w.person()} so {w.adj()}?"


def said(w: Words) -> str:
    return f'"{cap(w.np())} is {w.adj()}," said {w.person()}.'


def asked(w: Words) -> str:
    return cap(f'{w.person()} asked, "Can we {w.verb().base} {w.np()}?"')


def exclaim(w: Words) -> str:
    adj = w.adj()
    return f"What {article(adj)} {adj} {w.noun()}!"


def short(w: Words) -> str:
    return cap(f"{w.subject()} {w.intransitive().past}.")


def it_was(w: Words) -> str:
    return f"It was {w.adj()} {w.pick(('today', 'again', 'outside', 'all day'))}."


def cost(w: Words) -> str:
    return f"The {w.noun()} cost {w.rng.integers(2, 500)} pounds{w.pick(('.', ', sadly.', '!'))}"


def read_title(w: Words) -> str:
    return cap(f'{w.subject()} read "The {title(w.adj())} {title(w.noun())}" twice.')


def shout(w: Words) -> str:
    return f"{w.pick(('STOP', 'LOOK', 'WAIT', 'HELLO'))}, {w.name()}! The {w.noun()} is {w.adj()}!"


def semicolon(w: Words) -> str:
    return cap(f"{w.np()} was {w.adj()}; {w.np()} was {w.adj()}.")


def while_clause(w: Words) -> str:
    return cap(
        f"{w.person()} {w.intransitive().past} while {w.subject()} {w.verb().past} {w.nps()}."
    )


def after_clause(w: Words) -> str:
    return (
        f"After {w.subject()} {w.verb().past} {w.np()}, {w.subject()} {w.verb().past} "
        f"{w.np()} {w.adverb()}."
    )


def colon_list(w: Words) -> str:
    return cap(f"{w.person()} packed three things: {w.np()}, {w.np()} and {w.nps()}.")


def ellipsis(w: Words) -> str:
    return cap(f"{w.subject()} {w.intransitive().past}... then {w.intransitive().past} again.")


# distractors on the training side
def speaks_at_home(w: Words) -> str:
    return cap(f"{w.person()} speaks {w.language()} at home.")


def spoke_to(w: Words) -> str:
    return cap(f"{w.person()} spoke {w.language()} to {w.np()}.")


def flew_to(w: Words) -> str:
    return cap(f"{w.person()} flew to {w.city()} {w.when()}.")


def trip_through(w: Words) -> str:
    return f"{cap(w.when())}, we took a trip through {w.country()}."


def a_little(w: Words) -> str:
    return f"I speak a little {w.language()}, but only {w.pick(('badly', 'slowly', 'at home'))}."


def studies(w: Words) -> str:
    return cap(f"{w.person()} studies {w.language()} at {w.place()}.")


def nationality(w: Words) -> str:
    return f"The {w.language()} {w.noun()} was {w.adj()}."


def grew_things(w: Words) -> str:
    return cap(f"{w.person()} grew {w.plural()} in {w.country()}.")


def do_you_speak(w: Words) -> str:
    return f'"Do you speak {w.language()}?" asked {w.person()}.'


def born_in(w: Words) -> str:
    return cap(f"{w.person()} was born in {w.pick((w.city(), w.country()))}.")


# first-person sentences on the training side: "I" starts sentences that are not the task's
# two ("I grew up in", "I speak fluent"), including near misses ("I grew tired", "I grew up
# fast", "I speak slowly", "I studied Greek history"), so that no "I …" alone tells the model
# that a story's question is coming or that a new fact is
def i_did(w: Words) -> str:
    return f"I {w.verb().past} {w.np()} {w.when()}."


def i_still(w: Words) -> str:
    return f"I still {w.verb().base} {w.np()} at {w.place()}."


def i_grew_adj(w: Words) -> str:
    return f"I grew {w.pick(('tired', w.adj(), w.adj()))} {w.when()}."


def i_grew_up_fast(w: Words) -> str:
    return f"I grew up {w.pick(('fast', w.adverb()))}{w.pick(('.', ', like everyone.', '!'))}"


def i_speak_adverb(w: Words) -> str:
    return f"I speak {w.adverb()} {w.when()}."


def i_was(w: Words) -> str:
    return f"I was {w.adj()}, so I {w.intransitive().past}."


def i_studied(w: Words) -> str:
    return f"I studied {w.language()} history at {w.place()}."


def i_visited(w: Words) -> str:
    return f"I visited {w.pick((w.country(), w.city()))} {w.when()}."


def i_love(w: Words) -> str:
    return f"I love {w.language()} food{w.pick(('.', '!', ', and so does ' + w.person() + '.'))}"


def i_spoke(w: Words) -> str:
    return f"I spoke {w.language()} to {w.person()} {w.when()}."


# --- shapes only the out-of-distribution probes use -----------------------------------------


def whenever(w: Words) -> str:
    return (
        f"Whenever {w.person()} {w.intransitive().past}, {w.subject()} {w.verb().past} {w.nps()}."
    )


def unless(w: Words) -> str:
    return cap(f"{w.subject()} will {w.verb().base} {w.np()} unless {w.person()} says no.")


def how_many(w: Words) -> str:
    return f"How many {w.plural()} did {w.person()} {w.verb().base} {w.when()}?"


def letter_quote(w: Words) -> str:
    return f'"Dear {w.name()}, thanks for {w.np()}," wrote {w.person()}.'


def nobody(w: Words) -> str:
    return f"Nobody {w.verb().past} {w.nps()}, not even {w.person()}."


def perhaps(w: Words) -> str:
    return f"Perhaps {w.np()} is {w.adj()} and {w.adj()}, {w.pick(('surely', 'indeed'))}."


def moved_to(w: Words) -> str:
    return cap(f"{w.person()} moved to {w.country()} and learnt {w.language()} there.")


def film_in(w: Words) -> str:
    return f"Everyone watched {article(w.language())} {w.language()} film about {w.city()}."


def lessons(w: Words) -> str:
    return cap(f"{w.person()} gives {w.language()} lessons in {w.pick(w.lex['town'])}.")


# first-person sentences only the out-of-distribution probes use
def i_used_to(w: Words) -> str:
    return f"I used to {w.verb().base} {w.nps()} {w.when()}."


def i_wonder(w: Words) -> str:
    return f"I wonder why {w.person()} {w.intransitive().past}."


def i_think(w: Words) -> str:
    return f"I think {w.np()} was {w.adj()}."


def i_once_lived(w: Words) -> str:
    return f"I once lived near {w.city()}, far from {w.country()}."


def i_understand(w: Words) -> str:
    return f"I understand {w.language()} when {w.person()} speaks {w.adverb()}."


TRAIN_PLAIN: tuple[Shape, ...] = (
    when_did, did_where, was_adj, pair_intransitive, there_were, because, when_clause, habit,
    listing, shopping, did_question, where_question, why_question, said, asked, exclaim,
    short, it_was, cost, read_title, shout, semicolon, while_clause, after_clause,
    colon_list, ellipsis,
)  # fmt: skip
TRAIN_DISTRACTORS: tuple[Shape, ...] = (
    speaks_at_home, spoke_to, flew_to, trip_through, a_little, studies, nationality,
    grew_things, do_you_speak, born_in,
)  # fmt: skip
HELD_OUT_PLAIN: tuple[Shape, ...] = (whenever, unless, how_many, letter_quote, nobody, perhaps)
HELD_OUT_DISTRACTORS: tuple[Shape, ...] = (moved_to, film_in, lessons)
TRAIN_FIRST_PERSON: tuple[Shape, ...] = (
    i_did, i_still, i_grew_adj, i_grew_up_fast, i_speak_adverb, i_was, i_studied, i_visited,
    i_love, i_spoke,
)  # fmt: skip
HELD_OUT_FIRST_PERSON: tuple[Shape, ...] = (
    i_used_to, i_wonder, i_think, i_once_lived, i_understand,
)  # fmt: skip


@dataclass(frozen=True)
class Grammar:
    """One side of the split: the lexicon and the shapes that go with it."""

    lex: Lexicon
    plain: tuple[Shape, ...]
    distractors: tuple[Shape, ...]
    first_person: tuple[Shape, ...]

    def sentence(self, words: Words, distractor_rate: float) -> str:
        """A distractor with probability distractor_rate, else a plain sentence (the
        first-person shapes are mixed in by longdep.sides.Side.story_filler)."""
        shapes = self.distractors if words.chance(distractor_rate) else self.plain
        return words.pick(shapes)(words)


@functools.cache  # the split is fixed and only read; building it again costs ~6 ms a call
def grammars() -> tuple[Grammar, Grammar]:
    """(in-distribution grammar, out-of-distribution grammar)."""
    train, held = split()
    return (
        Grammar(train, TRAIN_PLAIN, TRAIN_DISTRACTORS, TRAIN_FIRST_PERSON),
        Grammar(held, HELD_OUT_PLAIN, HELD_OUT_DISTRACTORS, HELD_OUT_FIRST_PERSON),
    )
