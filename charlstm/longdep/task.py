"""The long-dependency task's twelve pairs and its story line:

    I grew up in {Country}. {filler sentences} I speak fluent {Language}.

story() writes one with sentences from any Filler (sides.py says where they come from);
distance() measures it, stories_in() finds the stories of a text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

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
PROMPT_END = "I speak fluent "

Filler = Callable[[np.random.Generator], str]  # one filler sentence per call


def story(
    rng: np.random.Generator,
    country: str,
    language: str,
    target: int,
    filler: Filler,
    allow_empty: bool = False,
    tries: int = 8,
):
    """One story line (without the newline) whose distance is at most `target` (where one
    sentence allows) and as close to it as the filler sentences allow. allow_empty: a
    target shorter than any sentence gives a story with no filler (distance 1), where a
    model finds the country right next to the question. filler: the sentences between,
    such as sides.grammar_sides()[0].filler, the training side of the grammar. tries:
    sentences drawn in a row that would overshoot before the story stops growing; more
    tries find the few sentences short enough for a short target."""
    sentences: list[str] = []
    length = 1  # the distance so far: " " + sentences joined by " " + " "
    misses = 0
    while misses < tries:
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
