"""charlstm endings: primed stories finished by the model, judged by their language."""

import json
import re

import numpy as np

from charlstm import endings, text
from charlstm.longdep import sides, task

from .helpers import run

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
SCRIPT_VOCAB = text.Vocab(sorted(set(LETTERS + " .,!?\n")))


class ScriptModel:
    """Model's interface for reading and stepping, with a script in place of weights: each
    stream writes its script, one character a step, whatever it was primed with."""

    def __init__(self, scripts):
        self.scripts = scripts

    def zero_state(self, batch_size):
        return [(np.zeros((batch_size, 1), dtype=np.int64),)]

    def _logits(self, positions, rows):
        logits = np.full((len(rows), len(SCRIPT_VOCAB.chars)), -50.0)
        for i, (row, t) in enumerate(zip(rows, positions, strict=True)):
            script = self.scripts[row]
            logits[i, SCRIPT_VOCAB.chars.index(script[min(t, len(script) - 1)])] = 50.0
        return logits

    def forward(self, inputs, state):
        # read_prompts drops finished rows; the row id travels in the state's first read
        (rows,) = state[0]
        if not rows.any():
            rows = np.arange(inputs.shape[1])[:, None] + 1
        logits = np.zeros((*inputs.shape, len(SCRIPT_VOCAB.chars)))
        logits[-1] = self._logits([0] * inputs.shape[1], (rows[:, 0] - 1).tolist())
        return logits, [(rows,)], None

    def stepper(self):
        steps = {"t": 0}

        def step(ids, state):
            steps["t"] += 1
            (rows,) = state[0]
            return self._logits([steps["t"]] * len(ids), (rows[:, 0] - 1).tolist()), state

        return step


def test_endings_are_judged_by_the_first_language_written():
    records = [
        {"prime": "I grew up in Poland. We ate. ", "country": "Poland", "distance": 8},
        {"prime": "I grew up in France. We ate. ", "country": "France", "distance": 8},
        {"prime": "I grew up in Greece. We ate. ", "country": "Greece", "distance": 8},
        {"prime": "I grew up in Sweden. We ate. ", "country": "Sweden", "distance": 8},
    ]  # primes of one length, so the fake's streams keep the records' order
    scripts = [
        "I grew up in Russia. I speak fluent Russian.\n",  # a story of its own first
        "I speak fluent French. I speak fluent German.\n",  # right: the first one counts
        "xyz. I speak fluent German.\n",  # wrong (Greek has its first letter), 5 characters on
        "We left.\nI speak fluent Swedish.",  # the line ends first: no ending
    ]
    net = ScriptModel(scripts)
    written = endings.write_endings(net, SCRIPT_VOCAB, records, np.random.default_rng(0), 0.8)
    outcomes = [endings.OTHER, endings.RIGHT, endings.WRONG, endings.NONE]
    assert [e.outcome for e in written] == outcomes
    assert [e.distance for e in written] == [8 + 21, 8, 8 + len("xyz. "), None]
    assert written[1].written == "I speak fluent French."  # it stops at the ending
    assert written[3].written == "We left.\n"
    table = endings.by_distance(written, [(0, 10), (10, 40)])
    assert table == {
        "0-10": {"n": 2, "right": 1, "wrong": 0, "another story": 0, "no ending": 1,
                 "accuracy": 1.0},
        "10-40": {"n": 2, "right": 0, "wrong": 1, "another story": 1, "no ending": 0,
                  "accuracy": 0.0},
    }  # fmt: skip


def test_primes_are_held_out_stories_cut_before_the_question():
    records = endings.primes(2, [(0, 50), (200, 400)], 3, sides.grammar_sides()[1], None)
    assert len(records) == 4
    for record in records:
        assert record["prime"].startswith(f"I grew up in {record['country']}. ")
        assert "speak fluent" not in record["prime"] and record["prime"].endswith(" ")
        assert task.distance(record["prime"] + task.PROMPT_END) == record["distance"]


def test_the_command_reports_every_story(trained):
    out, _ = trained
    r = run("endings", f"{out}/best.npz", "--per-bin", "2", "--max-distance", "100", "--json")
    assert r.exit_code == 0, r.output
    result = json.loads(r.stdout)
    assert len(result["stories"]) == 4
    assert sum(c["n"] for c in result["by_distance"].values()) == 4
    for story in result["stories"]:
        assert story["outcome"] in endings.OUTCOMES
        assert re.match(r"I grew up in \w+\. ", story["prime"])
    r = run("endings", f"{out}/best.npz", "--per-bin", "1", "--max-distance", "50")
    assert r.exit_code == 0, r.output
    assert re.search(r"\d of \d stories that answered for the primed country", r.stdout)
    assert r.stdout.splitlines()[1] == (
        "| distance | stories | right | wrong | another story | no ending | right % |"
    )
