"""Beam search against an exhaustive search over every continuation of a tiny model."""

import itertools

import numpy as np
import pytest

from charlstm import evaluate
from charlstm.beam import beam_search
from charlstm.config import ModelConfig
from charlstm.model import Model
from charlstm.sample import generate

CHARS = ["a", "b", "c"]


def tiny_model(seed, cell="lstm"):
    """Vocabulary 3, one layer of 4 units, float64; large weights so that the next-character
    distributions differ a lot from step to step (greedy is then often not the best)."""
    config = ModelConfig(cell=cell, layers=1, hidden=4, dtype="float64", init_scale=3.0)
    return Model.init(config, len(CHARS), np.random.default_rng(seed))


def exhaustive(net, prime, length, stops, alpha):
    """Every finished continuation, best first: those whose text first contains a stop string
    at their last character, and those of the full length that contain none. Log-probabilities
    come from evaluate.continuation_logprobs (one forward pass over the whole text), not from
    the stepper the beam search uses."""
    candidates = []
    for n in range(1, length + 1):
        for ids in itertools.product(range(len(CHARS)), repeat=n):
            text = "".join(CHARS[i] for i in ids)
            first_end = min((text.index(s) + len(s) for s in stops if s in text), default=None)
            if first_end == n or (first_end is None and n == length):
                candidates.append(ids)
    logprobs = evaluate.continuation_logprobs(net, prime, [np.array(c) for c in candidates])
    scored = [
        (float(lp) / len(c) ** alpha, float(lp), c)
        for lp, c in zip(logprobs, candidates, strict=True)
    ]
    return sorted(scored, key=lambda s: (-s[0], -s[1], s[2]))


@pytest.mark.parametrize(
    "seed, prime, length, stops, alpha",
    [
        (4, [0], 4, (), 1.0),  # greedy decoding misses the best here
        (1, [0, 2], 4, ("b",), 1.0),
        (2, [0, 2], 4, ("ca", "bb"), 1.0),  # the mean and the total pick different winners
        (3, [0, 2], 3, ("c",), 0.0),
        (4, [0, 2], 4, ("ab", "c"), 0.5),
    ],
)
def test_a_beam_as_wide_as_every_continuation_finds_the_exhaustive_ranking(
    seed, prime, length, stops, alpha
):
    net = tiny_model(seed)
    prime = np.array(prime)
    expected = exhaustive(net, prime, length, stops, alpha)
    width = len(CHARS) ** length  # nothing is ever pruned
    beams = beam_search(net, CHARS, prime, length, width, stops, alpha)
    assert len(beams) == min(width, len(expected))
    for beam, (score, logprob, ids) in zip(beams, expected, strict=False):
        assert beam.ids == ids
        assert beam.logprob == pytest.approx(logprob, rel=1e-9, abs=1e-12)
        assert beam.score == pytest.approx(score, rel=1e-9, abs=1e-12)
        text = "".join(CHARS[i] for i in ids)
        assert beam.stop == next((s for s in stops if text.endswith(s)), None)


def test_length_normalisation_changes_the_winner_in_the_tested_cases():
    """The cases above would not catch a search that ranked by total log-probability if the
    two rankings agreed; in at least one of them they do not."""
    differ = []
    for seed, length, stops in ((1, 4, ("b",)), (2, 4, ("ca", "bb")), (4, 4, ("ab", "c"))):
        net = tiny_model(seed)
        by_mean = exhaustive(net, np.array([0, 2]), length, stops, 1.0)[0][2]
        by_total = exhaustive(net, np.array([0, 2]), length, stops, 0.0)[0][2]
        differ.append(by_mean != by_total)
    assert any(differ)


@pytest.mark.parametrize("cell", ["lstm", "gru"])
def test_a_beam_of_one_without_stop_strings_is_greedy_decoding(cell):
    net = tiny_model(5, cell)
    prime = np.array([1])
    (beam,) = beam_search(net, CHARS, prime, 6, 1)
    greedy = list(generate(net, prime, 6, None, greedy=True))
    assert list(beam.ids) == greedy


def test_a_narrow_beam_scores_no_better_than_the_exhaustive_best_and_beats_greedy_somewhere():
    """Width 3 on length 4 prunes; it can miss the optimum but never report a better score
    than exists, and its scores are those of real continuations."""
    wins = []
    for seed in range(8):
        net = tiny_model(seed)
        prime = np.array([0])
        expected = exhaustive(net, prime, 4, (), 1.0)
        table = {ids: score for score, _, ids in expected}
        beams = beam_search(net, CHARS, prime, 4, 3)
        assert beams[0].score <= expected[0][0] + 1e-12
        for beam in beams:
            assert beam.score == pytest.approx(table[beam.ids], rel=1e-9)
        greedy = tuple(generate(net, prime, 4, None, greedy=True))
        wins.append(beams[0].score > table[greedy] + 1e-12)
    assert any(wins)  # the beam is not greedy decoding in disguise
