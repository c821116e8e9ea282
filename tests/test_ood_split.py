"""The lexicon, the grammar and the held-out (OOD) split of the long-dependency task."""

import re

import numpy as np
import pytest

from charlstm import grammar, lexicon, longdep

WORD = re.compile(r"[A-Za-z]+")
# A word the held-out shapes write and the training shapes never do, one per shape: if a
# held-out shape ever wrote training text, its marker would show up there.
HELD_OUT_MARKERS = {
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
    return longdep.corpus(1500, 0, 1600, seed=11, distances="log")


@pytest.fixture(scope="module")
def probe_records(training_text):
    return longdep.probe_sets(6, longdep.BINS, 12, set(training_text.splitlines(True)))


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
    shared = held.all_forms() & (train.all_forms() | {w.lower() for w in grammar.FRAME_WORDS})
    assert not shared
    assert len(held.all_forms()) > 300


def test_no_ood_word_appears_in_the_training_corpus(training_text):
    _, held = lexicon.split()
    assert not words(training_text) & held.all_forms()
    # and the training text is written only with training words, the frame and the task

    allowed = lexicon.split()[0].all_forms() | {w.lower() for w in grammar.FRAME_WORDS}
    allowed |= words(" ".join(longdep.COUNTRIES + longdep.LANGUAGES))
    allowed |= {"grew", "speak", "fluent", "i", "up", "in"}
    assert words(training_text) <= allowed, sorted(words(training_text) - allowed)[:10]


def test_no_held_out_shape_writes_training_text(training_text):
    assert set(HELD_OUT_MARKERS) == set(grammar.HELD_OUT_PLAIN + grammar.HELD_OUT_DISTRACTORS)
    assert not set(HELD_OUT_MARKERS) & set(grammar.TRAIN_PLAIN + grammar.TRAIN_DISTRACTORS)
    rng = np.random.default_rng(0)
    _, held = grammar.grammars()
    for shape, marker in HELD_OUT_MARKERS.items():
        words_ = grammar.Words(rng, held.lex, longdep.COUNTRIES, longdep.LANGUAGES)
        assert marker in shape(words_)  # the marker really is what the shape writes
        assert marker not in training_text, marker


def test_no_ood_filler_sentence_appears_in_the_training_corpus(training_text, probe_records):
    _, held = grammar.grammars()
    fill = longdep.grammar_filler(held)
    rng = np.random.default_rng(1)
    for _ in range(500):
        assert fill(rng) not in training_text
    ood = [r for r in probe_records if r["set"] == "ood"]
    _, held_lex = lexicon.split()
    for record in ood:  # every OOD story says things the training text never does
        filler = record["prompt"][record["prompt"].index(".") + 1 : -len(longdep.PROMPT_END)]
        assert words(filler) & held_lex.all_forms(), filler
        assert record["prompt"] not in training_text


def test_probes_fill_every_bin_in_both_sets(training_text, probe_records):
    sets = {}
    for r in probe_records:
        sets.setdefault(r["set"], []).append(r)
    assert set(sets) == {"in-distribution", "ood"}
    for records in sets.values():
        for k, (lo, hi) in enumerate(longdep.BINS):
            in_bin = records[6 * k : 6 * k + 6]
            assert all(lo <= r["distance"] < hi for r in in_bin)
            assert [r["answer"] for r in in_bin] == list(longdep.LANGUAGES[:6])
        for r in records:
            assert r["prompt"].endswith(longdep.PROMPT_END) and r["answer"] in r["choices"]
            assert r["prompt"] + r["answer"] + ".\n" not in training_text
    vocabulary = set(training_text)
    assert set("".join(r["prompt"] + r["answer"] for r in probe_records)) <= vocabulary


def test_filler_never_gives_the_answer_away(training_text):
    for line in training_text.splitlines():
        country, rest = line[len("I grew up in ") :].split(".", 1)
        assert "grew up in" not in rest and rest.count("speak fluent") == 1
        assert dict(longdep.PAIRS)[country] + "." == rest[rest.index("speak fluent ") + 13 :]


def test_distractors_name_other_places_and_languages(training_text):
    filler = " ".join(line.split(".", 1)[1] for line in training_text.splitlines())
    assert "speaks " in filler and "I speak a little" in filler
    train, _ = lexicon.split()
    assert any(f" {c} " in filler or f" {c}." in filler for c in train["other_country"])
    assert any(city in filler for city in train["city"])
    assert sum(f" {lang} " in filler for lang in longdep.LANGUAGES) >= 10


def test_log_distances_cover_short_and_long_stories(training_text):
    distances = np.array([longdep.distance(line) for line in training_text.splitlines()])
    assert distances.min() < 40 and distances.max() > 1400
    share = [np.mean((distances >= lo) & (distances < hi)) for lo, hi in longdep.BINS]
    assert min(share) > 0.05, share  # every bin is well represented
