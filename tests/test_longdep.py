"""The long-dependency task: the generator, the probe format and probe scoring."""

import json
import re

import numpy as np
import pytest

from charlstm import checkpoint, evaluate, longdep, probes
from charlstm.model import softmax

from .helpers import TINY, one_line_error, run

STORY = re.compile(r"I grew up in (\w+)\. (.+) I speak fluent (\w+)\.")


def test_generator_reproduces_the_committed_files(tmp_path):
    r = run(
        "data", "longdep", "--out", str(tmp_path / "c.txt"), "--probes", str(tmp_path / "p.jsonl")
    )
    assert r.exit_code == 0, r.output
    assert (tmp_path / "c.txt").read_bytes() == open("data/longdep.txt", "rb").read()
    assert (tmp_path / "p.jsonl").read_bytes() == open("data/longdep_probes.jsonl", "rb").read()


def test_stories_follow_the_task():
    text = longdep.corpus(300, 60, 150, seed=3)
    pairs = dict(longdep.PAIRS)
    for line in text.splitlines():
        country, filler, language = STORY.fullmatch(line).groups()
        assert pairs[country] == language
        assert "grew up in" not in filler and "speak fluent" not in filler
        assert 60 <= longdep.distance(line) <= 150
    assert longdep.distance("I grew up in Spain. Hi. I speak fluent Spanish.") == len(" Hi. ")
    assert longdep.corpus(300, 60, 150, seed=3) == text
    countries = {STORY.fullmatch(line).group(1) for line in text.splitlines()}
    assert countries == set(pairs)


def test_short_fraction_sets_the_share_of_short_stories():
    def short_share(text):
        distances = [longdep.distance(line) for line in text.splitlines()]
        return np.mean([d <= longdep.SHORT_MAX for d in distances]), max(distances)

    plain, plain_max = short_share(longdep.corpus(2000, 0, 200, seed=4))
    mixed, mixed_max = short_share(longdep.corpus(2000, 0, 200, seed=4, short_fraction=0.4))
    assert plain < 0.25 and mixed - plain > 0.25  # 40% drawn short, on top of the uniform draws
    assert plain_max > 190 and mixed_max > 190  # the rest still spans the whole range


def test_probes_are_held_out_and_binned():
    text = longdep.corpus(200, 0, 200, seed=0)
    records = longdep.probes(12, [(0, 50), (200, 400)], seed=1, exclude=set(text.splitlines(True)))
    assert len(records) == 24
    for r in records[:12]:
        assert 0 <= r["distance"] < 50
    for r in records[12:]:
        assert 200 <= r["distance"] < 400
        assert r["prompt"].endswith("I speak fluent ") and r["answer"] in r["choices"]
        assert r["prompt"] + r["answer"] + ".\n" not in text
    assert sorted(r["answer"] for r in records[:12]) == sorted(lang for _, lang in longdep.PAIRS)


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "line 2: not valid JSON"),
        ('["a"]', "line 2: expected a JSON object"),
        ('{"answer": "x"}', "line 2: 'prompt' must be a non-empty string"),
        ('{"prompt": "a", "answer": "x", "choices": ["y"]}', "includes the answer"),
        ('{"prompt": "a", "answer": "x", "distance": -1}', "'distance' must be a non-negative"),
        ('{"prompt": "a", "answer": "x", "colour": 1}', "unknown key 'colour'"),
        ('{"prompt": "a", "answer": "Ω"}', "use characters outside the model's vocabulary: 'Ω'"),
        ('{"prompt": "aΩ", "answer": "a"}', "not in the model's vocabulary: 'Ω'"),
        ('{"prompt": "a", "answer": "x", "distance": true}', "'distance' must be a non-negative"),
    ],
)
def test_bad_probe_files_are_one_line(trained, tmp_path, line, message):
    out, _ = trained
    path = tmp_path / "p.jsonl"
    path.write_text('{"prompt": "I grew", "answer": " up"}\n' + line + "\n", encoding="utf-8")
    one_line_error(
        run("eval", f"{out}/best.npz", "--probes", str(path)),
        f"{path} {message}" if message.startswith("line") else message,
    )


def stepwise_logprob(net, prompt, choice):
    """The log-probability of choice after prompt, one character at a time from zero."""
    state = net.zero_state(1)
    total = 0.0
    sequence = np.concatenate([prompt, choice])
    for t in range(len(sequence) - 1):
        logits, state = net.step(sequence[t : t + 1], state)
        if t >= len(prompt) - 1:
            total += softmax(logits[0].astype(np.float64))[1][sequence[t + 1]]
    return total


def test_choice_scores_equal_stepwise_log_probabilities(trained):
    out, _ = trained
    ckpt = checkpoint.load(f"{out}/best.npz")
    vocab = ckpt.vocab
    prompt = vocab.encode("I grew up in Japan. We walked. I speak fluent ")
    choices = [vocab.encode(c) for c in ("Japanese", "Greek", "Polish", "I")]
    scores = evaluate.continuation_logprobs(ckpt.model, prompt, choices)
    expected = [stepwise_logprob(ckpt.model, prompt, c) for c in choices]
    np.testing.assert_allclose(scores, expected, rtol=1e-5)


def test_probe_accuracy_and_json(trained, tmp_path):
    out, _ = trained
    ckpt = checkpoint.load(f"{out}/best.npz")
    prompt = "I grew up in Spain. I speak fluent "
    greedy = ckpt.vocab.decode(
        evaluate.greedy_continuation(ckpt.model, ckpt.vocab.encode(prompt), 4)
    )
    scores = evaluate.continuation_logprobs(
        ckpt.model, ckpt.vocab.encode(prompt), [ckpt.vocab.encode(c) for c in ("Greek", "Polish")]
    )
    likelier = ("Greek", "Polish")[int(np.argmax(scores))]
    unlikelier = ("Polish", "Greek")[int(np.argmax(scores))]
    lines = [
        {"prompt": prompt, "answer": greedy, "distance": 10},  # right by construction
        {"prompt": prompt, "answer": greedy[:-1] + ("e" if greedy[-1] != "e" else "a")},
        {"prompt": prompt, "answer": likelier, "choices": ["Greek", "Polish"], "distance": 120},
        {"prompt": prompt, "answer": unlikelier, "choices": ["Greek", "Polish"], "distance": 130},
    ]
    path = tmp_path / "p.jsonl"
    path.write_text(probes.to_jsonl(lines), encoding="utf-8")
    r = run("eval", f"{out}/best.npz", "--probes", str(path), "--json")
    assert r.exit_code == 0, r.output
    result = json.loads(r.stdout)
    assert result["probe_accuracy"] == 0.5 and result["n"] == 4
    assert result["by_distance"] == {
        "0-50": {"n": 1, "accuracy": 1.0},
        "100-200": {"n": 2, "accuracy": 0.5},
    }
    r = run("eval", f"{out}/best.npz", "--probes", str(path))
    assert "probe accuracy 50.0% over 4 probes" in r.stdout


def test_compare_writes_a_markdown_table(tmp_path, corpus_file):
    probes_path = tmp_path / "p.jsonl"
    records = longdep.probes(2, [(0, 50), (50, 100)], seed=5)
    probes_path.write_text(probes.to_jsonl(records), encoding="utf-8")
    out = tmp_path / "cmp"
    r = run(
        "compare",
        "--cells",
        "lstm,rnn",
        "--max-steps",
        "3",
        "--probes",
        str(probes_path),
        "--out",
        str(out),
        "--set",
        f"data.path={corpus_file}",
        *TINY,
    )
    assert r.exit_code == 0, r.output
    table = (out / "compare.md").read_text(encoding="utf-8")
    assert table == r.stdout
    lines = table.splitlines()
    assert lines[0] == "| cell | steps | 0-50 | 50-100 | all |"
    assert lines[2].startswith("| lstm | 3 | ") and lines[3].startswith("| rnn | 3 | ")
    # the numbers behind the table, and how far back each cell's loss reaches
    results = json.loads((out / "compare.json").read_text(encoding="utf-8"))
    assert set(results) == {"lstm", "rnn"} and results["rnn"]["steps"] == 3
    flows = json.loads((out / "gradflow.json").read_text(encoding="utf-8"))
    assert len(flows["lstm"]["grad_norm"]) == 201 and flows["rnn"]["grad_norm"][0] > 0
    assert (out / "accuracy.png").read_bytes()[:4] == b"\x89PNG"
    assert (out / "gradflow.png").read_bytes()[:4] == b"\x89PNG"
    # scoring the same runs again without training gives the same table
    again = run(
        "compare",
        "--cells",
        "lstm,rnn",
        "--scored-only",
        "--probes",
        str(probes_path),
        "--out",
        str(out),
    )
    assert again.exit_code == 0, again.output
    assert again.stdout == table
