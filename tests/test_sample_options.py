"""charlstm sample: the prime from standard input, --stop and --json."""

import json
import math

import pytest

from charlstm import checkpoint, evaluate
from charlstm.sample import default_prime

from .helpers import one_line_error, run


def json_samples(result):
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_prime_file_dash_reads_standard_input(trained):
    out, _ = trained
    ckpt = f"{out}/best.npz"
    piped = run(
        "sample", ckpt, "--prime-file", "-", "--length", "20", "--seed", "4", input="I grew"
    )
    given = run("sample", ckpt, "--prime", "I grew", "--length", "20", "--seed", "4")
    assert piped.exit_code == 0, piped.output
    assert piped.stdout.startswith("I grew") and piped.stdout == given.stdout
    other = run("sample", ckpt, "--prime-file", "-", "--length", "20", "--seed", "4", input="I")
    assert other.stdout != piped.stdout  # the prime did come from standard input


def test_stop_ends_the_sample_at_the_first_stop_string(trained):
    out, _ = trained
    ckpt = f"{out}/best.npz"
    args = ("sample", ckpt, "--prime", "I grew", "--length", "200", "--seed", "7")
    (full,) = json_samples(run(*args, "--json"))
    text = full["text"]
    assert len(text) == 200 and full["stop"] is None
    stop = text[120:122]  # a string the sample is known to produce; it may occur earlier
    end = text.index(stop) + len(stop)
    (stopped,) = json_samples(run(*args, "--json", "--stop", stop))
    assert stopped["text"] == text[:end]  # same random stream, cut after the stop string
    assert stopped["stop"] == stop and stopped["chars"] == end < 200
    # streamed text: the prime, the generated text up to and including the stop string
    streamed = run(*args, "--stop", stop)
    assert streamed.exit_code == 0, streamed.output
    assert streamed.stdout == "I grew" + text[:end] + "\n"


def test_first_of_several_stop_strings_wins_and_unseen_ones_never_stop(trained):
    out, _ = trained
    ckpt = f"{out}/best.npz"
    args = ("sample", ckpt, "--prime", "I", "--length", "150", "--seed", "11", "--json")
    (full,) = json_samples(run(*args))
    text = full["text"]
    later, earlier = text[100:103], text[40:42]
    first = min(text.index(s) + len(s) for s in (later, earlier))
    (stopped,) = json_samples(run(*args, "--stop", later, "--stop", earlier))
    assert stopped["text"] == text[:first]
    (unseen,) = json_samples(run(*args, "--stop", "no such text \u2603"))
    assert unseen["text"] == text and unseen["stop"] is None


def test_stop_string_in_the_prime_does_not_stop(trained):
    out, _ = trained
    ckpt = f"{out}/best.npz"
    args = ("sample", ckpt, "--prime", "I grew up", "--length", "60", "--seed", "2", "--json")
    (full,) = json_samples(run(*args))
    text = full["text"]
    straddling = "p" + text[0]  # the prime's last character and the first generated one
    expected = text[: text.index(straddling) + 2] if straddling in text else text
    (a,) = json_samples(run(*args, "--stop", "grew"))
    (b,) = json_samples(run(*args, "--stop", straddling))
    assert a["text"] == (text[: text.index("grew") + 4] if "grew" in text else text)
    assert b["text"] == expected


@pytest.mark.parametrize(
    "settings",
    [
        ("--prime", "I grew up in", "--temperature", "0.5", "--top-k", "3"),
        ("--prime", "I", "--top-p", "0.8", "--temperature", "1.7"),
        ("--greedy",),  # no prime: generation starts after the default prime
    ],
)
def test_json_logprob_is_the_models_probability_of_the_text(trained, settings):
    out, _ = trained
    ckpt = f"{out}/best.npz"
    args = ("sample", ckpt, "--length", "40", "--seed", "5", "--num-samples", "3", *settings)
    samples = json_samples(run(*args, "--json"))
    assert len(samples) == 3
    model_ckpt = checkpoint.load(ckpt)
    vocab = model_ckpt.vocab
    prime = settings[1] if settings[0] == "--prime" else ""
    for s in samples:
        assert s["prime"] == prime and s["chars"] == len(s["text"]) == 40 and s["stop"] is None
        prime_ids = vocab.encode(prime or default_prime(vocab))
        # scored independently: the whole continuation as one batched sequence, at temperature 1
        (expected,) = evaluate.continuation_logprobs(
            model_ckpt.model, prime_ids, [vocab.encode(s["text"])]
        )
        assert s["logprob"] < 0 and math.isclose(s["logprob"], expected, rel_tol=1e-5)
    # the JSON text is exactly what plain output streams
    plain = run(*args)
    assert plain.stdout.split("\n" + "-" * 40 + "\n") == [prime + s["text"] + "\n" for s in samples]


def test_empty_stop_string_is_refused(trained):
    out, _ = trained
    one_line_error(run("sample", f"{out}/best.npz", "--stop", ""), "--stop must not be empty")
