"""The long-dependency task: one-line stories whose last word depends on their first sentence.

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
SHORT_MAX = 20  # the longest distance of a "short" story (corpus(short_fraction=…))
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
_SHORT = (
    "It rained.",
    "We laughed.",
    "Time flew.",
    "The bus was late.",
    "Tea was cold.",
    "Dogs barked.",
    "We sang.",
    "It snowed.",
    "Bread is good.",
    "We slept.",
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
    kind = int(rng.integers(7))
    person = pick(_PEOPLE)
    if kind == 6:
        return pick(_SHORT)
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
        language = pick(DISTRACTOR_LANGUAGES)
        article = "an" if language[0] in "AEIOU" else "a"
        return f"We watched {article} {language} film at {pick(_PLACES)}."
    return f"{person.capitalize()} left {pick(_THINGS)} at {pick(_PLACES)}."


def story(rng: np.random.Generator, country: str, language: str, target: int) -> str:
    """One story line (without the newline) whose distance is at most `target` (where one
    short sentence allows) and as close to it as the filler sentences allow."""
    filler: list[str] = []
    misses = 0
    while misses < 8:  # stop once several sentences in a row would overshoot
        candidate = _filler_sentence(rng)
        if len(" ".join([*filler, candidate])) + 2 <= target:
            filler.append(candidate)
            misses = 0
        else:
            misses += 1
    if not filler:
        filler = [_SHORT[int(rng.integers(len(_SHORT)))]]
    return f"I grew up in {country}. {' '.join(filler)} I speak fluent {language}."


def distance(line: str) -> int:
    """Characters strictly between the end of '{Country}.' and 'I speak fluent'."""
    start = line.index(".", len("I grew up in ")) + 1
    return line.index("I speak fluent") - start


def _pair(rng: np.random.Generator) -> tuple[str, str]:
    return PAIRS[int(rng.integers(len(PAIRS)))]


def corpus(
    n_stories: int,
    min_distance: int,
    max_distance: int,
    seed: int,
    short_fraction: float = 0.0,
    short_max: int = SHORT_MAX,
) -> str:
    """n_stories lines, countries drawn uniformly, distances in [min_distance, max_distance]
    (targets drawn uniformly; a story that misses the range is drawn again). The same
    arguments give the same text.

    short_fraction: the share of stories whose target is drawn from [min_distance,
    short_max] instead. Short stories are where a model first discovers that the language
    depends on the country: across a short gap the gradient still reaches the country
    before it vanishes, and what is learnt there then stretches to longer gaps (README,
    "Long dependencies")."""
    rng = np.random.default_rng(seed)
    lines = []
    while len(lines) < n_stories:
        country, language = _pair(rng)
        hi = max_distance
        if short_fraction > 0 and rng.random() < short_fraction:
            hi = max(min_distance, min(short_max, max_distance))
        line = story(rng, country, language, int(rng.integers(min_distance, hi + 1)))
        if min_distance <= distance(line) <= max_distance:
            lines.append(line + "\n")
    return "".join(lines)


PROMPT_END = "I speak fluent "


def probes(per_bin: int, bins, seed: int, exclude: set[str] = frozenset()) -> list[dict]:
    """Held-out probe records, `per_bin` stories with distance in each [lo, hi) of bins,
    countries in turn so that each bin is balanced; stories in `exclude` (the training
    lines) are never used. Each record: prompt (the story up to "I speak fluent "), answer,
    choices (all twelve languages), distance."""
    rng = np.random.default_rng(seed)
    choices = [language for _, language in PAIRS]
    records = []
    for lo, hi in bins:
        made = 0
        while made < per_bin:
            country, language = PAIRS[made % len(PAIRS)]
            line = story(rng, country, language, int(rng.integers(lo, hi)))
            if not lo <= distance(line) < hi or line + "\n" in exclude:
                continue
            cut = line.index(PROMPT_END) + len(PROMPT_END)
            records.append(
                {
                    "prompt": line[:cut],
                    "answer": language,
                    "choices": choices,
                    "distance": distance(line),
                }
            )
            made += 1
    return records
