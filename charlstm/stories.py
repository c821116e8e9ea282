"""A corpus the project writes itself: one-line stories with a long-range dependency.

    I grew up in {Country}. {filler sentences} I speak fluent {Language}.

The filler comes from a small grammar of everyday sentences; some mention other countries
and languages as distractors, but never with "grew up in" or "speak fluent", so only the
first sentence tells which language ends the story. The distance of a story is the number
of characters strictly between the end of "{Country}." and the start of "I speak fluent".
"""

from __future__ import annotations

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
DISTRACTOR_LANGUAGES = tuple(lang for _, lang in PAIRS) + ("English",)

_PEOPLE = (
    "my friend",
    "my sister",
    "my brother",
    "our neighbour",
    "my teacher",
    "my aunt",
    "a colleague",
    "my cousin",
    "the baker",
    "an old classmate",
)
_VERBS = ("likes", "enjoys", "talks about", "writes about", "thinks about", "asks about")
_THINGS = (
    "long walks",
    "cold tea",
    "the weather",
    "old maps",
    "green apples",
    "the garden",
    "quiet mornings",
    "the news",
    "fresh bread",
    "the river",
    "rainy days",
    "board games",
)
_PLACES = (
    "the market",
    "the station",
    "the library",
    "the park",
    "the office",
    "the beach",
    "the museum",
    "a small cafe",
    "the harbour",
    "the hills",
)
_TIMES = (
    "Every morning",
    "On Sundays",
    "Last winter",
    "Most evenings",
    "Yesterday",
    "Once a year",
    "In the summer",
    "After work",
)


def _filler_sentence(rng: np.random.Generator) -> str:
    pick = lambda options: options[int(rng.integers(len(options)))]  # noqa: E731
    kind = int(rng.integers(6))
    person = pick(_PEOPLE)
    if kind == 0:
        return f"{pick(_TIMES)} {person} {pick(_VERBS)} {pick(_THINGS)}."
    if kind == 1:
        return f"We walked to {pick(_PLACES)} and talked about {pick(_THINGS)}."
    if kind == 2:
        return f"{person.capitalize()} studies {pick(DISTRACTOR_LANGUAGES)} at night."
    if kind == 3:
        country = pick(PAIRS)[0]
        return f"{pick(_TIMES)} we took a trip through {country}."
    if kind == 4:
        return f"We watched a {pick(DISTRACTOR_LANGUAGES)} film at {pick(_PLACES)}."
    return f"{person.capitalize()} left {pick(_THINGS)} at {pick(_PLACES)}."


def story(
    rng: np.random.Generator, country: str, language: str, min_distance: int, max_distance: int
) -> str:
    """One story line (without the newline). Filler sentences are added until the distance
    reaches a target drawn from [min_distance, max_distance], so it may pass the target by
    up to one sentence; there is always at least one filler sentence."""
    target = int(rng.integers(min_distance, max_distance + 1))
    filler = [_filler_sentence(rng)]
    while len(" ".join(filler)) + 2 < target:
        filler.append(_filler_sentence(rng))
    body = " ".join(filler)
    return f"I grew up in {country}. {body} I speak fluent {language}."


def distance(line: str) -> int:
    """Characters strictly between the end of '{Country}.' and 'I speak fluent'."""
    start = line.index(".", len("I grew up in ")) + 1
    return line.index("I speak fluent") - start


def corpus(n_stories: int, min_distance: int, max_distance: int, seed: int) -> str:
    """n_stories lines, countries drawn uniformly; the same arguments give the same text."""
    rng = np.random.default_rng(seed)
    lines = []
    for _ in range(n_stories):
        country, language = PAIRS[int(rng.integers(len(PAIRS)))]
        lines.append(story(rng, country, language, min_distance, max_distance) + "\n")
    return "".join(lines)
