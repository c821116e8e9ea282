"""A new user's first hour (issue 12): paths that work from anywhere, kept checkpoints, a test
split, honest end-of-run messages, sampling and the rough edges found on the way."""

import json
import os

import numpy as np
import pytest
from click.testing import CliRunner

from charlstm import checkpoint, corpus
from charlstm import run as run_mod
from charlstm.cli import main

from .helpers import TINY, one_line_error


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def ok(result):
    assert result.exit_code == 0, result.output
    return result


# 12.3: paths


def test_a_run_trained_from_a_relative_path_works_from_any_directory(
    tmp_path, monkeypatch, corpus_text
):
    work = tmp_path / "work"
    work.mkdir()
    (work / "corpus.txt").write_text(corpus_text, encoding="utf-8")
    monkeypatch.chdir(work)
    ok(run("train", "--data", "corpus.txt", "--out", "runs/r1", "--max-steps", "5", *TINY))
    monkeypatch.chdir(tmp_path)  # elsewhere: corpus.txt is not here
    ckpt = "work/runs/r1/best.npz"
    assert "validation split of" in ok(run("eval", ckpt)).stdout
    ok(run("gradflow", ckpt, "--max-k", "3", "--positions", "2"))
    ok(run("train", "--resume", "work/runs/r1/last.npz", "--max-steps", "10"))
    assert checkpoint.load("work/runs/r1/last.npz").meta["step"] == 10

    (work / "corpus.txt").rename(tmp_path / "moved.txt")
    for flag, args in (
        ("--data", ("eval", ckpt)),
        ("--text", ("gradflow", ckpt)),
        ("--data", ("train", "--resume", "work/runs/r1/last.npz", "--max-steps", "15")),
    ):
        error = one_line_error(run(*args), f"{flag} FILE")
        assert "not found" in error and str(work / "corpus.txt") in error
    ok(
        run(
            "train", "--resume", "work/runs/r1/last.npz", "--max-steps", "15", "--data", "moved.txt"
        )
    )


# 12.9: kept checkpoints and the test split


def test_keep_checkpoints_keeps_the_n_best_validations_named_by_step_and_loss(
    tmp_path, corpus_file
):
    out = tmp_path / "run"
    args = ["train", "--data", corpus_file, "--out", out, *TINY]
    args += ["--set", "train.eval_every=1", "--set", "train.sample_length=0"]
    args += ["--set", "train.keep_checkpoints=3", "--set", "train.lr=0.05"]
    ok(run(*args, "--max-steps", "12"))
    ok(run("train", "--resume", out / "last.npz", "--max-steps", "20"))
    records = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    validations = {r["step"]: r["val_loss"] for r in records if r["val_loss"] is not None}
    assert sorted(validations) == list(range(1, 21))
    best3 = sorted(validations, key=lambda step: (round(validations[step], 4), step))[:3]
    expected = sorted(checkpoint.kept_checkpoint_name(s, validations[s]) for s in best3)
    kept = sorted(n for n in os.listdir(out) if n.startswith("step"))
    assert kept == expected
    for name in kept:
        ckpt = checkpoint.load(str(out / name))
        step = int(name[4:10])
        assert ckpt.meta["step"] == step
        assert f"{validations[step]:.4f}" in name


def test_keep_checkpoints_drops_those_of_an_overwritten_run_and_of_steps_after_a_resume(
    tmp_path, corpus_file
):
    out = tmp_path / "run"
    args = ["train", "--data", corpus_file, "--out", out, *TINY, "--set", "train.eval_every=2"]
    args += ["--set", "train.keep_checkpoints=10", "--set", "train.sample_length=0"]
    ok(run(*args, "--max-steps", "8"))

    def kept_steps():
        return sorted(int(n[4:10]) for n in os.listdir(out) if n.startswith("step"))

    assert kept_steps() == [2, 4, 6, 8]
    # resumed from step 4: the checkpoints kept at steps 6 and 8 belong to another future
    (step4,) = [n for n in os.listdir(out) if n.startswith("step000004_")]
    ok(run("train", "--resume", out / step4, "--max-steps", "6"))
    assert kept_steps() == [2, 4, 6]
    # continued into another directory over a run there: none of that run's are kept
    other = tmp_path / "other"
    ok(run(*[other if a == out else a for a in args], "--max-steps", "4"))
    ok(
        run(
            "train", "--resume", out / "last.npz", "--out", other, "--overwrite", "--max-steps", "8"
        )
    )
    assert sorted(int(n[4:10]) for n in os.listdir(other) if n.startswith("step")) == [8]
    ok(run(*args, "--max-steps", "2", "--overwrite"))
    assert kept_steps() == [2]


def test_the_test_split_is_held_out_from_training_and_scored_by_eval(tmp_path, corpus_file):
    out = tmp_path / "run"
    args = ["train", "--data", corpus_file, "--out", out, *TINY, "--max-steps", "5"]
    ok(run(*args, "--set", "data.test_fraction=0.2"))
    ckpt = checkpoint.load(str(out / "best.npz"))
    text = open(corpus_file, encoding="utf-8").read()
    n = len(text)
    val_ids, val_source = corpus.ids_to_score(ckpt, None, "error")
    test_ids, test_source = corpus.ids_to_score(ckpt, None, "error", "test")
    assert val_source.startswith("validation split") and test_source.startswith("test split")
    assert len(test_ids) == n - int(n * 0.8)  # the last 20 %
    assert len(val_ids) == int(n * 0.8) - int(n * 0.7)  # the 10 % before it
    assert ckpt.vocab.decode(test_ids) == text[int(n * 0.8) :]
    assert ckpt.vocab.decode(val_ids) == text[int(n * 0.7) : int(n * 0.8)]
    # the same run without a test split trains on 90 % and has none to score
    plain = tmp_path / "plain"
    ok(run("train", "--data", corpus_file, "--out", plain, *TINY, "--max-steps", "5"))
    plain_ckpt = checkpoint.load(str(plain / "best.npz"))
    assert len(corpus.ids_to_score(plain_ckpt, None, "error")[0]) == n - int(n * 0.9)
    with pytest.raises(Exception, match="no test split"):
        corpus.ids_to_score(plain_ckpt, None, "error", "test")
    # and the test split never reaches training: the training text is the first 70 %
    spec = run_mod.RunSpec(
        overrides=("data.test_fraction=0.2", *TINY[1::2]),
        data=corpus_file,
        out=str(tmp_path / "p"),
    )
    prepared = run_mod.prepare(spec)
    assert len(prepared.train_ids) == int(n * 0.7)
    assert np.array_equal(prepared.val_ids, val_ids)


# 12.4 and 12.5: how a run ends


def closing_lines(result):
    return [
        line
        for line in result.stderr.splitlines()
        if line.startswith(("done", "nothing", "to train", "continue"))
    ]


def test_a_run_that_reaches_max_steps_says_how_to_train_on(tmp_path, corpus_file):
    out = tmp_path / "run"
    result = ok(run("train", "--data", corpus_file, "--out", out, *TINY, "--max-steps", "7"))
    assert "nothing to do" not in result.stderr
    done, more = closing_lines(result)
    assert done.startswith("done at step 7; best val loss ")
    last = out / "last.npz"
    assert more == f"to train on, raise --max-steps: charlstm train --resume {last} --max-steps 14"
    # the suggested command works as printed
    again = ok(run(*more.partition("charlstm ")[2].split()))
    assert checkpoint.load(str(last)).meta["step"] == 14
    assert closing_lines(again)[0].startswith("done at step 14; ")


@pytest.mark.parametrize("max_steps", [None, "4"])
def test_resuming_a_finished_run_says_to_raise_max_steps(tmp_path, corpus_file, max_steps):
    out = tmp_path / "run"
    ok(run("train", "--data", corpus_file, "--out", out, *TINY, "--max-steps", "6"))
    last = out / "last.npz"
    args = ["train", "--resume", last] + (["--max-steps", max_steps] if max_steps else [])
    (line,) = closing_lines(ok(run(*args)))
    assert line == (
        f"nothing to do: the run is already at step 6 and --max-steps is {max_steps or 6}; "
        f"to train on, raise it: charlstm train --resume {last} --max-steps 12"
    )


def test_a_run_stopped_by_its_time_limit_says_how_to_continue(tmp_path, corpus_file):
    out = tmp_path / "run"
    result = ok(run("train", "--data", corpus_file, "--out", out, *TINY, "--max-time", "0.01"))
    assert closing_lines(result)[-1] == f"continue with: charlstm train --resume {out / 'last.npz'}"


def test_a_run_that_reaches_max_epochs_says_to_raise_it(tmp_path, corpus_file):
    out = tmp_path / "run"
    args = ["train", "--data", corpus_file, "--out", out, *TINY, "--set", "train.max_epochs=1"]
    done, more = closing_lines(ok(run(*args)))
    steps = checkpoint.load(str(out / "last.npz")).step  # one pass over the text
    assert done.startswith(f"done at step {steps}; best val loss ")
    last = out / "last.npz"
    raised = f"charlstm train --resume {last} --set train.max_epochs=2"
    assert more == f"to train on, raise train.max_epochs: {raised}"
    (line,) = closing_lines(ok(run("train", "--resume", last)))
    assert line == (
        "nothing to do: the run has made 1 pass over the text and train.max_epochs is 1; "
        f"to train on, raise it: {raised}"
    )
    ok(run(*more.partition("charlstm ")[2].split()))
    assert checkpoint.load(str(last)).step == 2 * steps


def test_a_run_shorter_than_eval_every_ends_with_its_val_loss_in_best_npz(tmp_path, corpus_file):
    """train --max-steps 50 with eval_every 200: the one validation is the final one."""
    out = tmp_path / "run"
    args = ["train", "--data", corpus_file, "--out", out, *TINY, "--set", "train.eval_every=200"]
    result = ok(run(*args, "--max-steps", "3"))
    assert "nothing to do" not in result.stderr
    (val,) = [
        json.loads(line)["val_loss"]
        for line in (out / "metrics.jsonl").read_text().splitlines()
        if json.loads(line)["val_loss"] is not None
    ]
    assert (
        closing_lines(result)[0] == f"done at step 3; best val loss {val:.4f} in {out / 'best.npz'}"
    )
    shown = ok(run("inspect", out / "best.npz")).stdout
    assert f"best val loss  {val:.4f} nats/char" in shown


# 12.9: the char-rnn vocabulary


def test_first_class_train_flags_are_the_same_as_set(tmp_path, corpus_file):
    base = ["train", "--data", corpus_file, "--max-steps", "3", "--set", "train.sample_length=0"]
    flags = ["--cell", "gru", "--layers", "1", "--hidden", "12", "--lr", "0.01"]
    flags += ["--batch-size", "3", "--seq-len", "7"]
    sets = ["model.cell=gru", "model.layers=1", "model.hidden=12", "train.lr=0.01"]
    sets += ["train.batch_size=3", "train.seq_len=7"]
    ok(run(*base, "--out", tmp_path / "flags", *flags))
    ok(run(*base, "--out", tmp_path / "set", *[a for s in sets for a in ("--set", s)]))
    a = checkpoint.load(str(tmp_path / "flags" / "last.npz"))
    b = checkpoint.load(str(tmp_path / "set" / "last.npz"))
    assert a.config == b.config
    c = a.config
    assert (c.model.cell, c.model.layers, c.model.hidden) == ("gru", 1, 12)
    assert (c.train.lr, c.train.batch_size, c.train.seq_len) == (0.01, 3, 7)
    assert a.params.keys() == b.params.keys()
    assert all(np.array_equal(a.params[k], b.params[k]) for k in a.params)
    one_line_error(
        run(*base, "--out", tmp_path / "both", "--hidden", "12", "--set", "model.hidden=8"),
        "give --hidden or --set model.hidden=…, not both",
    )
    one_line_error(
        run("train", "--resume", tmp_path / "flags" / "last.npz", "--hidden", "16"),
        "cannot change model.hidden when resuming",
    )


# 12.8: sampling


def test_prime_from_standard_input_drops_the_newline_echo_adds(trained):
    out, _ = trained
    args = ("sample", f"{out}/best.npz", "--length", "20", "--seed", "4")
    echoed = ok(run(*args, "--prime-file", "-", input="I grew\n"))
    typed = ok(run(*args, "--prime", "I grew"))
    assert echoed.stdout == typed.stdout
    two = ok(run(*args, "--prime-file", "-", input="I grew\n\n"))  # one is dropped
    assert two.stdout == ok(run(*args, "--prime", "I grew\n")).stdout != typed.stdout


def test_temperature_zero_is_greedy(trained):
    out, _ = trained
    args = ("sample", f"{out}/best.npz", "--prime", "I grew", "--length", "40", "--json")
    zero = ok(run(*args, "--temperature", "0", "--seed", "1"))
    greedy = ok(run(*args, "--greedy", "--seed", "2"))
    assert zero.stdout == greedy.stdout
    sampled = ok(run(*args, "--seed", "1"))
    assert json.loads(sampled.stdout)["text"] != json.loads(zero.stdout)["text"]


def test_sample_beam_prints_the_beam_search_results(trained):
    from charlstm.beam import beam_search

    out, _ = trained
    ckpt = checkpoint.load(f"{out}/best.npz")
    args = ["sample", f"{out}/best.npz", "--prime", "I grew", "--length", "30", "--beam", "4"]
    prime_ids = ckpt.vocab.encode("I grew")
    expected = beam_search(ckpt.model, ckpt.vocab.chars, prime_ids, 30, 4, (" ",))
    records = [
        json.loads(line)
        for line in ok(
            run(*args, "--stop", " ", "--num-samples", "3", "--json")
        ).stdout.splitlines()
    ]
    assert len(records) == 3
    for record, beam in zip(records, expected, strict=False):
        assert record["text"] == ckpt.vocab.decode(beam.ids)
        assert record["score"] == beam.score and record["logprob"] == beam.logprob
        assert record["stop"] == beam.stop and record["chars"] == len(beam.ids)
    plain = ok(run(*args, "--stop", " ")).stdout
    assert plain == "I grew" + records[0]["text"] + "\n"
    one_line_error(run(*args, "--temperature", "0.5"), "--beam searches, it does not sample")
    one_line_error(run(*args, "--num-samples", "5"), "exceeds the --beam 4 kept")


# 12.7: Ctrl-C in sample and eval


def start(*args):
    import signal
    import subprocess
    import sys

    return subprocess.Popen(
        [sys.executable, "-m", "charlstm", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        # as from a terminal: a suite started in the background (`make test &`, nohup) passes
        # SIGINT down ignored, and Python then never raises KeyboardInterrupt
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def interrupt(process, stdout_so_far=""):
    import signal

    process.send_signal(signal.SIGINT)
    rest, stderr = process.communicate(timeout=60)
    return process.returncode, stdout_so_far + rest, stderr


def test_ctrl_c_in_sample_exits_130_keeping_the_streamed_text(trained):
    out, _ = trained
    process = start("sample", f"{out}/best.npz", "--prime", "I grew", "--length", "100000000")
    first = process.stdout.read(20)  # the prime and a few generated characters have come
    code, stdout, stderr = interrupt(process, first)
    assert code == 130, stderr
    assert stdout.startswith("I grew") and len(stdout) > 20 and stdout.endswith("\n")
    assert "Aborted" not in stderr and "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1] == "interrupted"


def test_ctrl_c_in_sample_json_keeps_every_printed_line_whole(trained):
    out, _ = trained
    args = ("sample", f"{out}/best.npz", "--length", "40", "--num-samples", "100000000", "--json")
    process = start(*args)
    first = process.stdout.readline()
    code, stdout, stderr = interrupt(process, first)
    assert code == 130, stderr
    lines = stdout.splitlines()
    assert len(lines) >= 1 and stdout.endswith("\n")
    assert all(len(json.loads(line)["text"]) == 40 for line in lines)


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="needs Linux /proc")
def test_ctrl_c_in_eval_exits_130(trained, tmp_path):
    import time

    out, data = trained
    long_text = tmp_path / "long.txt"
    long_text.write_text(open(data, encoding="utf-8").read() * 300, encoding="utf-8")
    process = start("eval", f"{out}/best.npz", "--data", long_text, "--streams", "1")
    deadline = time.monotonic() + 120
    # past start-up (imports take well under a CPU second), into loading and scoring
    while cpu_seconds(process.pid) < 2.0 and process.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert process.poll() is None, "eval finished before it could be interrupted"
    code, stdout, stderr = interrupt(process)
    assert code == 130, stderr
    assert stdout == "" and stderr.strip() == "interrupted"


# 12.10: how training's val loss and eval's loss are scored


def test_eval_says_how_it_scores_and_burn_in_0_gives_trainings_val_loss(trained):
    out, _ = trained
    best = checkpoint.load(f"{out}/best.npz")
    default = ok(run("eval", f"{out}/best.npz")).stdout.splitlines()
    assert default[-1] == (
        "scored as 16 streams, each but the first reading up to 256 characters before it; "
        "training's val loss: --streams 16 --burn-in 0"
    )
    same = ok(run("eval", f"{out}/best.npz", "--streams", "16", "--burn-in", "0", "--json"))
    result = json.loads(same.stdout)
    assert result["loss_nats"] == pytest.approx(best.meta["best_val_loss"], rel=1e-12)
    assert (result["streams"], result["burn_in"]) == (16, 0)
    text = ok(run("eval", f"{out}/best.npz", "--burn-in", "0", "--streams", "16")).stdout
    assert text.splitlines()[-1] == "scored as 16 streams from a zero state, as training's val loss"


def test_train_says_how_its_val_loss_is_scored(tmp_path, corpus_file):
    result = ok(
        run("train", "--data", corpus_file, "--out", tmp_path / "r", *TINY, "--max-steps", "1")
    )
    assert (
        "val loss: nats/char on the validation split scored as 16 streams with no burn-in "
        "(charlstm eval --streams 16 --burn-in 0 gives the same figure)"
    ) in result.stderr


def test_eval_split_test_scores_the_held_out_part(tmp_path, corpus_file):
    out = tmp_path / "run"
    args = ["train", "--data", corpus_file, "--out", out, *TINY, "--max-steps", "3"]
    ok(run(*args, "--set", "data.test_fraction=0.15"))
    test = json.loads(ok(run("eval", out / "best.npz", "--split", "test", "--json")).stdout)
    val = json.loads(ok(run("eval", out / "best.npz", "--json")).stdout)
    assert test["source"].startswith("test split of ") and val["source"].startswith("validation")
    n = len(open(corpus_file, encoding="utf-8").read())
    assert test["chars"] == n - int(n * 0.85) - 1 and test["loss_nats"] != val["loss_nats"]
    plain = tmp_path / "plain"
    ok(run("train", "--data", corpus_file, "--out", plain, *TINY, "--max-steps", "1"))
    one_line_error(run("eval", plain / "best.npz", "--split", "test"), "no test split")
    one_line_error(
        run("eval", out / "best.npz", "--split", "test", "--data", corpus_file), "--split"
    )


# 12.10: rough edges


def test_plot_of_a_checkpoint_asks_for_the_run_directory(trained):
    out, _ = trained
    error = one_line_error(run("plot", f"{out}/best.npz"), "not a run directory")
    assert f"e.g. {out}" in error
    assert "codec" not in error


# 12.11: setup


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def make(*args):
    import shutil
    import subprocess

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    result = subprocess.run(
        ["make", "-s", "--no-print-directory", "-C", ROOT, *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_help_names_every_target_and_its_commands_do_what_it_says():
    help_text = make("help")
    with open(os.path.join(ROOT, "Makefile"), encoding="utf-8") as f:
        phony = next(line for line in f if line.startswith(".PHONY:")).split()[1:]
    for target in set(phony) - {"help"}:
        assert f"make {target}" in help_text, target
    assert ".venv/bin/charlstm" in help_text and "source .venv/bin/activate" in help_text
    # the documented invocations (-n: print the commands, run nothing)
    train = make("-n", "train", "DATA=mine.txt").splitlines()[-1]
    assert train.endswith("charlstm train --data mine.txt --out runs/mine")
    sample = make("-n", "sample", "DATA=mine.txt", "PRIME=Once upon").splitlines()[-1]
    assert sample.endswith('charlstm sample runs/mine/best.npz --prime "Once upon" --length 500')
    assert (
        make("-n", "eval", "DATA=mine.txt")
        .splitlines()[-1]
        .endswith("charlstm eval runs/mine/best.npz")
    )


def test_viz_of_an_empty_prime_says_it_is_empty(trained, tmp_path):
    out, _ = trained
    error = one_line_error(
        run("viz", f"{out}/best.npz", "--prime", "", "--out", tmp_path / "v.html"), "empty"
    )
    assert "unknown" not in error


def test_viz_and_plot_do_not_replace_a_file_without_overwrite(trained, tmp_path):
    out, _ = trained
    for command, args in (
        ("viz", [f"{out}/best.npz", "--prime", "I grew up"]),
        ("plot", [out]),
    ):
        target = tmp_path / f"{command}.{'html' if command == 'viz' else 'png'}"
        target.write_text("mine")
        one_line_error(run(command, *args, "--out", target), "--overwrite")
        assert target.read_text() == "mine"
        ok(run(command, *args, "--out", target, "--overwrite"))
        assert target.read_bytes() != b"mine"


def test_longdep_with_a_max_distance_under_50_works(tmp_path):
    """The issue's command: data longdep --max-distance 20 (once refused with an undocumented
    minimum of 50)."""
    from charlstm.longdep import task

    out = tmp_path / "c.txt"
    ok(run("data", "longdep", "--out", out, "--max-distance", "20", "--stories", "30"))
    lines = out.read_text(encoding="utf-8").splitlines()
    stories = [s for line in lines for s in task.stories_in(line)]
    assert len(lines) == 30 and stories and all(task.distance(s) <= 20 for s in stories)


def test_a_time_limited_stop_with_fresh_rows_is_not_taken_for_the_end_of_a_pass():
    """Mutation: closing_message measuring passes with train.batch_size streams, not the
    batch_size − fresh_rows the run reads (batches.stream_rows). Half-way through a pass of
    2 streams is a whole pass of 4, so a run that max_time stopped there was told to raise
    train.max_epochs instead of to continue."""
    from types import SimpleNamespace

    from charlstm import config as config_mod
    from charlstm.batches import Streams
    from charlstm.messages import closing_message

    values = {"batch_size": 4, "fresh_rows": 2, "seq_len": 16, "max_epochs": 1}
    config = config_mod.from_dict({"train": values})
    ids = np.arange(4 * 16 * 6 + 1)  # a pass of 4 streams is 6 batches, of 2 streams 12
    assert Streams(ids, 2, 16).batches_per_epoch == 12
    state = SimpleNamespace(epoch=0, batch=6, step=6, best_val=1.0)
    run_ = SimpleNamespace(state=state, config=config, train_ids=ids, out="r", resumed_from=None)
    assert closing_message(run_, first_step=0).splitlines()[-1] == (
        "continue with: charlstm train --resume r/last.npz"
    )
