"""The two readings of a probe: from a zero state, and after one complete story of another
language (probes.after_story). Two hand-written models tell them apart: one that names
the language of the country it read last, and one that repeats the language the previous
story ended with."""

import json

import numpy as np

from charlstm import probes
from charlstm.longdep import task
from charlstm.text import Vocab

from .helpers import run

LANGUAGE_OF = dict(task.PAIRS)
TEXT = "".join(f"I grew up in {c}. We ate. I speak fluent {lang}.\n" for c, lang in task.PAIRS)
VOCAB = Vocab.from_text(TEXT)


class RuleModel:
    """Model's interface for scoring choices (zero_state, forward, sequence_nll), with a
    rule in place of weights: after a prompt it puts all its probability on the first letter
    of one language and is indifferent to the letters after it. rule "country" names the
    language of the last country the text grew up in; rule "repeat" the language the last
    finished story ended with (none: indifferent)."""

    def __init__(self, rule: str):
        self.rule = rule

    def zero_state(self, batch_size):
        # the state is the text read so far, one row per stream, so that a prompt read in
        # pieces (evaluate.read_prompts) is judged on all of it
        return [(np.full((batch_size, 1), "", dtype=object),)]

    def forward(self, inputs, state):
        (read,) = state[0]
        logits = np.zeros((*inputs.shape, len(VOCAB.chars)), dtype=np.float32)
        new = np.empty_like(read)
        for b in range(inputs.shape[1]):
            new[b, 0] = read[b, 0] + VOCAB.decode(inputs[:, b])
            language = self.language(new[b, 0])
            if language is not None:
                logits[-1, b, VOCAB.encode(language[0])[0]] = 50.0
        return logits, [(new,)], None

    def language(self, text):
        if self.rule == "country":
            country = text.rsplit("I grew up in ", 1)[1].split(".", 1)[0]
            return LANGUAGE_OF[country]
        finished = text[: text.rfind("\n") + 1]
        if task.PROMPT_END not in finished:
            return None
        return finished.rsplit(task.PROMPT_END, 1)[1].split(".", 1)[0]

    def sequence_nll(self, inputs, targets, state):
        return np.zeros(targets.shape), state


def probe(country, distance=10, label="ood"):
    return {
        "prompt": f"I grew up in {country}. We ate. {task.PROMPT_END}",
        "answer": LANGUAGE_OF[country],
        "choices": list(task.LANGUAGES),
        "distance": distance,
        "set": label,
    }


# France twice in a row: the second France probe's nearest neighbour shares its answer, so
# its story must come from further away (Italy, after it). The languages' first letters
# differ, so the rule models' first letter decides.
RECORDS = [probe("France"), probe("France", 900), probe("Italy"), probe("Japan", 60, "in-d")]


def parsed(records):
    return probes.parse(probes.to_jsonl(records), "p.jsonl", VOCAB)


def test_each_prompt_follows_the_nearest_story_of_another_language():
    preceded = probes.after_story(parsed(RECORDS), VOCAB)
    texts = [VOCAB.decode(p["prompt"]) for p in preceded]
    story = [r["prompt"] + r["answer"] + ".\n" for r in RECORDS]
    assert texts == [
        story[2] + RECORDS[0]["prompt"],  # nothing before: the nearest after that differs
        story[2] + RECORDS[1]["prompt"],  # the story before is French too: skipped
        story[1] + RECORDS[2]["prompt"],
        story[2] + RECORDS[3]["prompt"],
    ]
    assert [p["distance"] for p in preceded] == [10, 900, 10, 60]


def test_a_model_that_repeats_the_previous_language_scores_nothing_after_a_story():
    readings = probes.score_readings(RuleModel("repeat"), parsed(RECORDS), VOCAB)
    assert list(readings) == [probes.AFTER_STORY, probes.ZERO_STATE]
    after = probes.combine(readings[probes.AFTER_STORY])
    assert after["probe_accuracy"] == 0.0 and after["n"] == 4


def test_a_model_that_reads_the_country_scores_everything_in_both_readings():
    readings = probes.score_readings(RuleModel("country"), parsed(RECORDS), VOCAB)
    for reading in probes.READINGS:
        assert probes.combine(readings[reading]) == {
            "probe_accuracy": 1.0,
            "n": 4,
            "by_distance": {
                "0-50": {"n": 2, "accuracy": 1.0},
                "50-100": {"n": 1, "accuracy": 1.0},
                "800-1600": {"n": 1, "accuracy": 1.0},
            },
        }
        assert readings[reading]["ood"]["n"] == 3


def test_one_answer_throughout_has_no_story_to_read_first():
    records = parsed([probe("France"), probe("France", 300)])
    assert probes.after_story(records, VOCAB) is None
    assert list(probes.score_readings(RuleModel("country"), records, VOCAB)) == [probes.ZERO_STATE]


def test_combine_counts_hits_across_sets():
    by_set = {
        "a": {"probe_accuracy": 0.5, "n": 2, "by_distance": {"0-50": {"n": 2, "accuracy": 0.5}}},
        "b": {
            "probe_accuracy": 1.0,
            "n": 2,
            "by_distance": {
                "800-1600": {"n": 1, "accuracy": 1.0},
                "0-50": {"n": 1, "accuracy": 1.0},
            },
        },
    }
    assert probes.combine(by_set) == {
        "probe_accuracy": 0.75,
        "n": 4,
        "by_distance": {"0-50": {"n": 3, "accuracy": 2 / 3}, "800-1600": {"n": 1, "accuracy": 1.0}},
    }


def test_eval_prints_both_readings(trained, tmp_path):
    """The CLI's table and JSON carry both readings, each the library's score."""
    from charlstm import checkpoint

    out, _ = trained
    ckpt = checkpoint.load(f"{out}/best.npz")
    lines = [
        {
            "prompt": "I grew up in Spain. I speak fluent ",
            "answer": a,
            "choices": ["Greek", "Polish"],
        }
        | extra
        for a, extra in [
            ("Greek", {"distance": 10, "set": "ood"}),
            ("Polish", {"distance": 900, "set": "ood"}),
            ("Greek", {"distance": 10, "set": "in-distribution"}),
        ]
    ]
    path = tmp_path / "p.jsonl"
    path.write_text(probes.to_jsonl(lines), encoding="utf-8")
    records = probes.parse(path.read_text(encoding="utf-8"), str(path), ckpt.vocab)
    expected = probes.score_readings(ckpt.model, records, ckpt.vocab)
    r = run("eval", f"{out}/best.npz", "--probes", str(path), "--json")
    assert r.exit_code == 0, r.output
    result = json.loads(r.stdout)
    assert list(result["readings"]) == ["after a story", "zero state"]
    for reading, sets in expected.items():
        assert result["readings"][reading]["sets"] == sets
    assert result["sets"] == expected["zero state"]  # the top level: as before both readings
    table = run("eval", f"{out}/best.npz", "--probes", str(path)).stdout.splitlines()
    assert table[0] == "| probes | read | 0-50 | 800-1600 | all |"
    assert [row.split(" | ")[:2] for row in table[2:]] == [
        ["| ood", "after a story"],
        ["| ood", "zero state"],
        ["| in-distribution", "after a story"],
        ["| in-distribution", "zero state"],
    ]
    ood_after = expected["after a story"]["ood"]["by_distance"]["800-1600"]["accuracy"]
    assert table[2].split(" | ")[3] == f"{ood_after:.0%}"
