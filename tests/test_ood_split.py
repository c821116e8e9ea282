"""The lexicon, the grammar and the held-out (OOD) split of the long-dependency task."""

import re

import numpy as np
import pytest

from charlstm import grammar, lexicon
from charlstm.longdep import layout, probing, sides, task

WORD = re.compile(r"[A-Za-z]+")
# A word the held-out shapes write and the training shapes never do, one per shape: if a
# held-out shape ever wrote training text, its marker would show up there.
HELD_OUT_MARKERS = {
    grammar.i_used_to: "I used to",
    grammar.i_wonder: "I wonder",
    grammar.i_think: "I think",
    grammar.i_once_lived: "I once lived",
    grammar.i_understand: "I understand",
    grammar.whenever: "Whenever",
    grammar.unless: "unless",
    grammar.how_many: "How many",
    grammar.letter_quote: '"Dear ',
    grammar.nobody: "Nobody",
    grammar.perhaps: "Perhaps",
    grammar.moved_to: "moved to",
    grammar.film_in: "Everyone watched",
    grammar.lessons: " lessons in ",
}


@pytest.fixture(scope="module")
def training_text():
    """A corpus of the training grammar over every distance the probes use."""
    return layout.corpus(1500, 0, 1600, seed=11, distances="log")


@pytest.fixture(scope="module")
def probe_records(training_text):
    return probing.probe_sets(6, probing.BINS, 12, task.stories_in(training_text))


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def test_the_lexicon_has_every_kind_of_word_and_two_thousand_entries():
    kinds = {"noun", "verb", "adjective", "name", "place", "town", "time", "number"}
    assert kinds <= set(lexicon.CATEGORIES)
    entries = sum(len(set(raws)) for raws in lexicon.CATEGORIES.values())
    assert entries >= 2000, entries
    train, held = lexicon.split()
    for category in lexicon.CATEGORIES:  # every kind of word is held out, not just some
        assert train[category] and held[category], category


def test_no_held_out_word_is_a_training_word():
    train, held = lexicon.split()
    shared = held.all_forms() & (train.all_forms() | {w.lower() for w in lexicon.FRAME_WORDS})
    assert not shared
    assert len(held.all_forms()) > 300


def test_no_ood_word_appears_in_the_training_corpus(training_text):
    _, held = lexicon.split()
    assert not words(training_text) & held.all_forms()
    # and the training text is written only with training words, the frame and the task

    allowed = lexicon.split()[0].all_forms() | {w.lower() for w in lexicon.FRAME_WORDS}
    allowed |= words(" ".join(task.COUNTRIES + task.LANGUAGES))
    allowed |= {"grew", "speak", "fluent", "i", "up", "in"}
    assert words(training_text) <= allowed, sorted(words(training_text) - allowed)[:10]


def test_no_held_out_shape_writes_training_text(training_text):
    held_shapes = grammar.HELD_OUT_PLAIN + grammar.HELD_OUT_DISTRACTORS
    train_shapes = grammar.TRAIN_PLAIN + grammar.TRAIN_DISTRACTORS + grammar.TRAIN_FIRST_PERSON
    assert set(HELD_OUT_MARKERS) == set(held_shapes + grammar.HELD_OUT_FIRST_PERSON)
    assert not set(HELD_OUT_MARKERS) & set(train_shapes)
    rng = np.random.default_rng(0)
    _, held = grammar.grammars()
    for shape, marker in HELD_OUT_MARKERS.items():
        words_ = grammar.Words(rng, held.lex, task.COUNTRIES, task.LANGUAGES)
        assert marker in shape(words_)  # the marker really is what the shape writes
        assert marker not in training_text, marker


def test_no_ood_filler_or_prefix_sentence_appears_in_the_training_corpus(
    training_text, probe_records
):
    """The context split: no sentence the OOD probes are built from (story filler, prose
    before a story, a distractor, a first-person sentence), 500 of each drawn, occurs in
    the corpus, and every OOD prompt's context and filler hold a held-out word."""
    _, held = sides.grammar_sides()
    rng = np.random.default_rng(1)
    for source in (held.story_filler(), held.distractor, held.first_person):
        for _ in range(500):
            assert source(rng) not in training_text
    ood = [r for r in probe_records if r["set"] == "ood"]
    _, held_lex = lexicon.split()
    for record in ood:  # every OOD story says things the training text never does
        prompt = record["prompt"]
        fact = prompt.index("I grew up in ")
        before = prompt[:fact]
        filler = prompt[prompt.index(".", fact) + 1 : -len(task.PROMPT_END)]
        assert words(filler) & held_lex.all_forms(), filler
        if before:  # prose, a distractor: held-out too
            assert words(before) & held_lex.all_forms() or any(
                marker in before for marker in HELD_OUT_MARKERS.values()
            ), before
        assert prompt not in training_text


def test_probes_come_in_every_context(probe_records):
    by = {}
    for r in probe_records:
        by.setdefault((r["set"], r["context"]), []).append(r)
    assert set(by) == {(s, c) for s in ("in-distribution", "ood") for c in probing.CONTEXTS}
    for (_, context), records in by.items():
        assert len(records) == 6 * len(probing.BINS)
        starts = [r["prompt"].index("I grew up in ") for r in records]
        if context in ("story alone", "first-person filler"):
            assert starts == [0] * len(records)
        else:  # something stands before the fact, on its line or on lines before it
            assert min(starts) > 0
            lines = [r["prompt"][:s].count("\n") for r, s in zip(records, starts, strict=True)]
            assert (max(lines) > 0) == (context == "prose lines")
        if context == "first-person filler":
            fillers = [r["prompt"][r["prompt"].index(".") + 1 :] for r in records]
            with_i = [f for f in fillers if re.search(r"(^|[.!?] )I (?!speak fluent)", f)]
            assert len(with_i) > 0.6 * len(records)
        if context == "distractor":
            named = task.COUNTRIES + task.LANGUAGES
            before = [r["prompt"][:s] for r, s in zip(records, starts, strict=True)]
            assert sum(any(n in b for n in named) for b in before) > 0.3 * len(records)


def test_probes_fill_every_bin_in_both_sets(training_text, probe_records):
    sets = {}
    for r in probe_records:
        sets.setdefault(r["set"], []).append(r)
    assert set(sets) == {"in-distribution", "ood"}
    for records in sets.values():
        for k, (lo, hi) in enumerate(probing.BINS):
            in_bin = records[6 * k : 6 * k + 6]
            assert all(lo <= r["distance"] < hi for r in in_bin)
            assert [r["answer"] for r in in_bin] == list(task.LANGUAGES[:6])
        for r in records:
            assert r["prompt"].endswith(task.PROMPT_END) and r["answer"] in r["choices"]
            assert r["prompt"] + r["answer"] + ".\n" not in training_text
    vocabulary = set(training_text)
    assert set("".join(r["prompt"] + r["answer"] for r in probe_records)) <= vocabulary


STORY = re.compile(r"I grew up in (\w+)\.(.*?)I speak fluent (\w+)\.")


def test_filler_never_gives_the_answer_away(training_text):
    for line in training_text.splitlines():
        for found in STORY.finditer(line):
            country, filler, language = found.groups()
            assert "grew up in" not in filler and "speak fluent" not in filler
            assert dict(task.PAIRS)[country] == language
        rest = STORY.sub("", line)
        assert "grew up in" not in rest and "speak fluent" not in rest


def test_the_corpus_has_every_context_and_first_person_filler(training_text):
    """Only the words "I grew up in" say where the fact is: stories stand alone, after prose,
    a distractor or another story, with prose after them, and lines of prose hold none. The
    training side's first-person shapes, near misses of the story's own sentences among
    them, are in the filler of lines in a context (layout.FIRST_PERSON_IN_CONTEXT)."""
    lines = training_text.splitlines()
    stories = [list(STORY.finditer(line)) for line in lines]
    pairs = list(zip(lines, stories, strict=True))

    def share(test):
        return np.mean([test(line, s) for line, s in pairs])

    assert 0.04 < share(lambda line, s: not s) < 0.15  # prose lines
    assert 0.4 < share(lambda line, s: bool(s) and s[0].start() == 0) < 0.7
    assert 0.05 < share(lambda line, s: len(s) > 1) < 0.2  # several stories on a line
    assert 0.08 < share(lambda line, s: bool(s) and s[-1].end() < len(line)) < 0.3
    named = task.COUNTRIES + task.LANGUAGES
    before = [line[: s[0].start()] for line, s in pairs if s]
    assert np.mean([any(n in b for n in named) for b in before]) > 0.05
    fillers = " ".join(f.group(2) for s in stories for f in s)
    assert "I grew up in" not in fillers and "I speak fluent" not in fillers
    for first_person in ("I still ", "I grew tired", "I grew up fast", "I love ", "I spoke "):
        assert training_text.count(first_person) > 10, first_person
    # a twentieth of the filler sentences on top of the distractors' own "I speak a little …"
    # (3 % with no first-person filler, 11.5 % with a tenth)
    sentences = len(re.findall(r"[.!?] ", fillers))
    assert (
        0.05
        < len(re.findall(r"(?:^|[.!?] )I (?!grew up in|speak fluent)", fillers)) / sentences
        < 0.1
    )


def test_distractors_name_other_places_and_languages(training_text):
    filler = " ".join(f.group(2) for f in STORY.finditer(training_text))
    assert "speaks " in filler and "I speak a little" in filler
    train, _ = lexicon.split()
    assert any(f" {c} " in filler or f" {c}." in filler for c in train["other_country"])
    assert any(city in filler for city in train["city"])
    assert sum(f" {lang} " in filler for lang in task.LANGUAGES) >= 10


def test_log_distances_cover_short_and_long_stories(training_text):
    last = [list(STORY.finditer(line)) for line in training_text.splitlines()]
    distances = np.array([task.distance(s[-1].group()) for s in last if s])
    assert distances.min() < 40 and distances.max() > 1400
    share = [np.mean((distances >= lo) & (distances < hi)) for lo, hi in probing.BINS]
    assert min(share) > 0.05, share  # every bin is well represented
