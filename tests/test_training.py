"""Training end to end through the CLI: files written, determinism, resume, eval, sample."""

import json
import math
import os
import subprocess
import sys

import numpy as np
import pytest
import yaml

from charlstm import checkpoint, evaluate, model
from charlstm import config as config_mod
from charlstm.model import Model
from charlstm.text import Vocab

from .helpers import run


def load_params(path):
    with np.load(path, allow_pickle=False) as npz:
        return {k: npz[k] for k in npz.files if k.startswith("params/")}


def test_run_directory_contents(trained):
    out, data = trained
    expected = [".lock", "best.npz", "config.yaml", "last.npz", "metrics.jsonl"]
    assert sorted(os.listdir(out)) == expected
    config = yaml.safe_load(open(f"{out}/config.yaml"))
    assert config["model"]["hidden"] == 8 and config["data"]["path"] == data
    records = [json.loads(line) for line in open(f"{out}/metrics.jsonl")]
    assert [r["step"] for r in records] == [2, 4, 5, 6, 8, 10]
    for r in records:
        assert set(r) == {"step", "train_loss", "val_loss", "lr", "chars_per_s", "elapsed_s"}
        assert math.isfinite(r["train_loss"]) and r["chars_per_s"] > 0
    assert [r["step"] for r in records if r["val_loss"] is not None] == [5, 10]


def test_checkpoint_format_v1(trained):
    out, _ = trained
    with np.load(f"{out}/last.npz", allow_pickle=False) as npz:
        meta = json.loads(str(npz["meta"]))
        keys = set(npz.files)
        V = len(meta["vocab"])
        assert npz["meta"].shape == ()
        assert npz["params/layers.0.W_x"].shape == (V, 32)
        assert npz["params/layers.0.W_h"].shape == (8, 32)
        assert npz["params/layers.1.W_x"].shape == (8, 32)
        assert npz["params/layers.1.b"].shape == (32,)
        assert npz["params/head.W"].shape == (8, V)
        assert npz["params/head.b"].shape == (V,)
        assert npz["params/head.W"].dtype == np.float32
    assert meta["format"] == "charlstm" and meta["version"] == 1 and meta["step"] == 10
    assert meta["vocab"] == sorted(meta["vocab"])
    assert meta["config"]["train"]["batch_size"] == 4
    assert "params/embed.W" not in keys
    assert {"state/h.0", "state/c.1", "optim/m/head.W", "optim/v/layers.1.W_h"} <= keys


def test_same_seed_gives_bitwise_same_checkpoint(tmp_path, corpus_file, tiny_args):
    paths = []
    for name in ("a", "b"):
        r = run(
            "train",
            "--data",
            corpus_file,
            "--out",
            str(tmp_path / name),
            "--max-steps",
            "7",
            "--set",
            "model.dropout=0.3",
            *tiny_args,
        )
        assert r.exit_code == 0, r.output
        paths.append(tmp_path / name / "last.npz")
    assert paths[0].read_bytes() == paths[1].read_bytes()
    r = run(
        "train",
        "--data",
        corpus_file,
        "--out",
        str(tmp_path / "c"),
        "--max-steps",
        "7",
        "--set",
        "model.dropout=0.3",
        "--seed",
        "1",
        *tiny_args,
    )
    assert (tmp_path / "c" / "last.npz").read_bytes() != paths[0].read_bytes()


def same_arrays(path_a, path_b) -> tuple[dict, dict]:
    """Assert that two checkpoints hold the same arrays bit for bit; their metadata."""
    with np.load(path_a) as a, np.load(path_b) as b:
        assert a.files == b.files
        for name in a.files:
            if name != "meta":
                np.testing.assert_array_equal(a[name], b[name], err_msg=name)
        return json.loads(str(a["meta"])), json.loads(str(b["meta"]))


def validations(run_dir) -> list[tuple[int, float]]:
    """(step, val_loss) of every validation a run directory's metrics record."""
    records = [json.loads(line) for line in open(f"{run_dir}/metrics.jsonl")]
    return [(r["step"], r["val_loss"]) for r in records if r["val_loss"] is not None]


def assert_best_is_the_best_validation(run_dir) -> int:
    """best.npz holds the model of the run's lowest validation loss (the earliest on a tie),
    and best.npz and last.npz record that loss; returns its step."""
    step, loss = min(validations(run_dir), key=lambda v: v[1])
    best = checkpoint.load(f"{run_dir}/best.npz")
    assert (best.step, best.meta["best_val_loss"]) == (step, loss)
    assert checkpoint.load(f"{run_dir}/last.npz").meta["best_val_loss"] == loss
    return step


@pytest.mark.parametrize("order", ["streams", "windows"])
def test_each_order_starts_its_batches_from_the_right_state(
    tmp_path, corpus_file, tiny_args, monkeypatch, order
):
    """train.order streams carries each batch's final state into the next; windows starts
    every batch from a zero state (its windows are unrelated places in the text)."""
    largest = []  # per step, the largest |value| of the initial state given to the model
    computed = Model.loss_and_grads

    def spy(self, inputs, targets, state, **options):
        largest.append(max(float(np.abs(a).max()) for layer in state for a in layer))
        return computed(self, inputs, targets, state, **options)

    monkeypatch.setattr(Model, "loss_and_grads", spy)
    tiny_args += ["--set", f"train.order={order}", "--set", "train.workers=1"]
    r = run(
        "train", "--data", corpus_file, "--out", str(tmp_path / "r"), "--max-steps", "6", *tiny_args
    )
    assert r.exit_code == 0, r.output
    assert len(largest) == 6 and largest[0] == 0.0
    if order == "windows":
        assert largest == [0.0] * 6
    else:
        assert all(value > 0 for value in largest[1:])


@pytest.mark.parametrize("late", [0, 4])
def test_fresh_rows_start_from_a_zero_state(tmp_path, corpus_file, tiny_args, monkeypatch, late):
    """train.fresh_rows 2: at every step the last two rows start from a zero state and the
    stream rows from the state carried from the step before. With train.late_fresh_rows 4
    after step 3, the batches of steps 4-6 have four fresh rows beside the same streams."""
    initial_rows = []  # per step, the largest |value| of each row of the initial state
    computed = Model.loss_and_grads

    def spy(self, inputs, targets, state, **options):
        assert inputs.shape[1] == len(state[0][0])
        initial_rows.append(np.max([np.abs(a).max(axis=1) for layer in state for a in layer], 0))
        return computed(self, inputs, targets, state, **options)

    monkeypatch.setattr(Model, "loss_and_grads", spy)
    tiny_args += ["--set", "train.fresh_rows=2", "--set", "train.workers=1"]
    if late:
        tiny_args += ["--set", f"train.late_fresh_rows={late}"]
        tiny_args += ["--set", "train.late_fresh_rows_after=3"]
    r = run(
        "train", "--data", corpus_file, "--out", str(tmp_path / "r"), "--max-steps", "6", *tiny_args
    )
    assert r.exit_code == 0, r.output
    batch = config_mod.resolve(None, list(tiny_args[1::2])).train.batch_size
    fresh = [2, 2, 2] + [late or 2] * 3
    assert [len(rows) for rows in initial_rows] == [batch - 2 + f for f in fresh]
    for step, (rows, f) in enumerate(zip(initial_rows, fresh, strict=True)):
        assert not rows[-f:].any()
        assert (rows[:-f] > 0).all() if step > 0 else not rows.any()


@pytest.mark.parametrize(
    "workers, order",
    [
        (1, "streams"),
        (2, "streams"),
        (1, "windows"),
        (2, "fresh rows"),
        (2, "late fresh rows before"),
        (2, "late fresh rows after"),
    ],
)
def test_resume_equals_uninterrupted(tmp_path, corpus_file, tiny_args, workers, order):
    """30 steps straight against 13 steps (off the eval schedule), then --resume to 30, with
    dropout on and epochs wrapping; in one process and with two worker processes, and in the
    random-windows order (whose draws come from the checkpointed generator). The
    training is the same bit for bit: every array of last.npz and its meta, but for the best
    validation loss, which the interrupted run's extra validation at step 13 may lower. Each
    run's best.npz is the best of the validations it ran, so the two are the same file
    unless step 13's model was the best."""
    tiny_args += ["--set", "model.dropout=0.2", "--set", "train.batch_size=16"]
    tiny_args += ["--set", f"train.workers={workers}"]
    if order == "fresh rows":  # streams, and 3 rows from line starts (the generator's draws)
        tiny_args += ["--set", "train.fresh_rows=3"]
    elif order.startswith("late fresh rows"):  # 5 fresh rows after step 20, or after step 13:
        after = 20 if order.endswith("before") else 13  # the checkpoint's step, on its edge
        tiny_args += ["--set", "train.fresh_rows=3", "--set", "train.late_fresh_rows=5"]
        tiny_args += ["--set", f"train.late_fresh_rows_after={after}"]
    else:
        tiny_args += ["--set", f"train.order={order}"]
    whole, half = tmp_path / "whole", tmp_path / "half"
    r = run("train", "--data", corpus_file, "--out", str(whole), "--max-steps", "30", *tiny_args)
    assert r.exit_code == 0, r.output
    r = run("train", "--data", corpus_file, "--out", str(half), "--max-steps", "13", *tiny_args)
    assert r.exit_code == 0, r.output
    r = run("train", "--resume", str(half / "last.npz"), "--max-steps", "30")
    assert r.exit_code == 0, r.output
    meta_a, meta_b = same_arrays(whole / "last.npz", half / "last.npz")
    meta_a.pop("best_val_loss"), meta_b.pop("best_val_loss")
    assert meta_a == meta_b
    # the resumed run's metrics hold the uninterrupted run's validations (plus step 13's)
    assert set(validations(whole)) == set(validations(half)) - {
        v for v in validations(half) if v[0] == 13
    }
    best_whole = assert_best_is_the_best_validation(whole)
    best_half = assert_best_is_the_best_validation(half)
    if best_half == best_whole:
        assert (whole / "best.npz").read_bytes() == (half / "best.npz").read_bytes()
    else:
        assert best_half == 13


@pytest.mark.parametrize("late", [5, 1])
def test_late_fresh_rows_given_on_resume_equal_a_run_that_had_them(
    tmp_path, corpus_file, tiny_args, late
):
    """13 steps with 3 fresh rows, resumed with --set train.late_fresh_rows=L after step 13,
    equal a run with those settings from the start, bit for bit: the batch grows (L 5) or
    shrinks (L 1) at the resume, in two processes. (Trial F4L was run this way.)"""
    tiny_args += ["--set", "train.batch_size=16", "--set", "train.fresh_rows=3"]
    tiny_args += ["--set", "train.workers=2"]
    late = ["--set", f"train.late_fresh_rows={late}", "--set", "train.late_fresh_rows_after=13"]
    whole, half = tmp_path / "whole", tmp_path / "half"
    args = ["train", "--data", corpus_file, *tiny_args]
    r = run(*args, "--out", str(whole), "--max-steps", "20", *late)
    assert r.exit_code == 0, r.output
    r = run(*args, "--out", str(half), "--max-steps", "13")
    assert r.exit_code == 0, r.output
    r = run("train", "--resume", str(half / "last.npz"), "--max-steps", "20", *late)
    assert r.exit_code == 0, r.output
    same_arrays(whole / "last.npz", half / "last.npz")


def test_the_last_validation_counts_for_best(tmp_path, corpus_file, tiny_args):
    """A run that ends off the eval schedule (here --max-steps 13 with eval_every 5; a
    --max-time run, below, the same) and whose last validation is its best keeps that model
    as best.npz (it used to keep step 10's)."""
    out = tmp_path / "r"
    r = run("train", "--data", corpus_file, "--out", str(out), "--max-steps", "13", *tiny_args)
    assert r.exit_code == 0, r.output
    (_, at_10), (_, at_13) = validations(out)[-2:]
    assert at_13 < at_10  # the case this test is about
    assert assert_best_is_the_best_validation(out) == 13
    assert "step 13: val loss" in r.stderr and "(best)" in r.stderr.split("step 13: val loss")[1]


def test_max_time_ends_with_a_validation_that_counts(corpus_text):
    """train() with a clock that advances one second per reading and max_time 40: the run
    stops off the eval schedule, and that last validation is a best like any other."""
    from charlstm import train
    from charlstm.batches import split
    from charlstm.config import Config, ModelConfig, TrainConfig

    config = Config(
        model=ModelConfig(hidden=8, layers=1),
        train=TrainConfig(batch_size=4, seq_len=16, eval_every=5, max_time=40, sample_length=0),
    )
    vocab = Vocab.from_text(corpus_text)
    train_ids, val_ids = split(vocab.encode(corpus_text), 0.1)
    state = train.new_state(config, len(vocab))
    ticks = iter(range(10**6))
    events = list(train.train(config, state, train_ids, val_ids, vocab, clock=lambda: next(ticks)))
    evals = [e for e in events if e["event"] == "eval"]
    assert evals[-1]["step"] % 5 != 0 and evals[-1]["step"] == state.step
    best = min(evals, key=lambda e: e["val_loss"])
    assert [e["is_best"] for e in evals] == [
        e["val_loss"] < min([f["val_loss"] for f in evals[:i]], default=np.inf)
        for i, e in enumerate(evals)
    ]
    assert state.best_val == best["val_loss"]
    assert evals[-1]["is_best"]  # the case this test is about: the last one is the best


def test_max_epochs_stops_after_that_many_passes(tmp_path, corpus_file, tiny_args):
    """train.max_epochs = 2 stops at the end of the second pass over the training text,
    whatever max_steps says; resuming with 3 goes on for exactly one more pass."""
    from charlstm.batches import Streams, split
    from charlstm.text import read_text

    args = [*tiny_args, "--set", "train.batch_size=32", "--set", "train.seq_len=32"]
    out = tmp_path / "r"
    r = run("train", "--data", corpus_file, "--out", str(out), "--set", "train.max_epochs=2", *args)
    assert r.exit_code == 0, r.output
    ckpt = checkpoint.load(f"{out}/last.npz")
    text = read_text(corpus_file)
    train_ids, _ = split(ckpt.vocab.encode(text), ckpt.config.data.val_fraction)
    per_epoch = Streams(train_ids, 32, 32).batches_per_epoch
    assert (ckpt.step, ckpt.meta["epoch"], ckpt.meta["batch"]) == (2 * per_epoch, 1, per_epoch)
    assert validations(out)[-1][0] == 2 * per_epoch
    r = run("train", "--resume", f"{out}/last.npz", "--set", "train.max_epochs=3")
    assert r.exit_code == 0, r.output
    assert checkpoint.load(f"{out}/last.npz").step == 3 * per_epoch


def test_max_epochs_must_not_be_negative(corpus_file, tmp_path):
    r = run(
        "train", "--data", corpus_file, "--out", str(tmp_path / "r"), "--set", "train.max_epochs=-1"
    )
    assert r.exit_code == 2 and "train.max_epochs must be non-negative" in r.stderr


def test_resume_into_new_directory_keeps_best(trained, tmp_path):
    out, _ = trained
    r = run(
        "train", "--resume", f"{out}/last.npz", "--out", str(tmp_path / "more"), "--max-steps", "12"
    )
    assert r.exit_code == 0, r.output
    assert (tmp_path / "more" / "best.npz").exists()
    steps = [json.loads(line)["step"] for line in open(tmp_path / "more" / "metrics.jsonl")]
    assert steps == [2, 4, 5, 6, 8, 10, 12]


def test_overwrite_removes_the_old_run(trained, tiny_args):
    out, data = trained
    r = run("train", "--data", data, "--out", out, "--overwrite", "--max-steps", "3", *tiny_args)
    assert r.exit_code == 0, r.output
    assert checkpoint.load(f"{out}/best.npz").meta["step"] == 3
    steps = [json.loads(line)["step"] for line in open(f"{out}/metrics.jsonl")]
    assert steps == [2, 3]


def test_float_overrides_in_exponent_notation(corpus_file, tmp_path, tiny_args):
    r = run(
        "train",
        "--data",
        corpus_file,
        "--out",
        str(tmp_path / "r"),
        "--max-steps",
        "1",
        "--set",
        "train.lr=1e-3",
        *tiny_args,
    )
    assert r.exit_code == 0, r.output
    assert yaml.safe_load(open(tmp_path / "r" / "config.yaml"))["train"]["lr"] == 0.001


def test_eval_scores_the_validation_text(trained):
    """eval --json: bpc and perplexity follow from the loss. With --streams 1 the loss is the
    model's, read one character at a time from a zero state over the whole validation text;
    the default (16 streams, each first reading up to 256 characters before its part) scores
    the same characters, to nearly the same loss."""
    out, _ = trained
    ckpt = checkpoint.load(f"{out}/best.npz")
    ids = _val_ids(ckpt)
    state = ckpt.model.zero_state(1)
    stepwise = 0.0
    for i, j in zip(ids[:-1], ids[1:], strict=True):
        logits, state = ckpt.model.step(np.array([i]), state)
        nll, _ = model.cross_entropy(logits, np.array([j]))
        stepwise += float(nll[0])
    r = run("eval", f"{out}/best.npz", "--streams", "1", "--json")
    assert r.exit_code == 0, r.output
    one = json.loads(r.stdout)
    assert one["chars"] == len(ids) - 1
    assert math.isclose(one["loss_nats"], stepwise / (len(ids) - 1), rel_tol=1e-5)
    assert math.isclose(one["bpc"], one["loss_nats"] / math.log(2))
    assert math.isclose(one["perplexity"], math.exp(one["loss_nats"]))
    default = json.loads(run("eval", f"{out}/best.npz", "--json").stdout)
    assert default["chars"] == one["chars"]
    assert math.isclose(default["loss_nats"], one["loss_nats"], rel_tol=1e-2)


def _val_ids(ckpt):
    from charlstm.batches import split
    from charlstm.text import read_text

    text = read_text(ckpt.config.data.path)
    return split(ckpt.vocab.encode(text), ckpt.config.data.val_fraction)[1]


def test_streams_cover_every_prediction_once():
    rng = np.random.default_rng(0)
    from charlstm.config import ModelConfig

    net = Model.init(ModelConfig(hidden=6, dtype="float64"), 5, rng)
    ids = rng.integers(0, 5, 103).astype(np.uint8)
    one, n1 = evaluate.total_nll(net, ids, streams=1)
    assert n1 == 102
    # with several streams only the stream starts differ (zero state); same count
    many, n2 = evaluate.total_nll(net, ids, streams=4, chunk=5)
    assert n2 == 102 and abs(many - one) / one < 0.05
    # a burn-in reaching back to the start gives every stream the continuous stream's states
    exact, n3 = evaluate.total_nll(net, ids, streams=4, chunk=5, burn_in=1000)
    assert n3 == 102 and abs(exact - one) < 1e-9 * one
    assert abs(exact - one) < abs(many - one)  # and the burn-in is what closed the gap


def test_eval_text_report(trained):
    out, data = trained
    r = run("eval", f"{out}/best.npz", "--data", data)
    assert r.exit_code == 0, r.output
    scored = json.loads(run("eval", f"{out}/best.npz", "--data", data, "--json").stdout)
    lines = r.stdout.splitlines()
    assert lines[0] == f"{data}: {scored['chars']:,} predicted characters"
    assert lines[1] == (
        f"loss {scored['loss_nats']:.4f} nats/char  bpc {scored['bpc']:.4f}  "
        f"perplexity {scored['perplexity']:.3f}"
    )
    assert abs(scored["bpc"] - scored["loss_nats"] / math.log(2)) < 1e-9
    assert lines[2].startswith("scored as ")


def test_sample_streams_prime_then_continuation(trained):
    out, _ = trained
    r = run("sample", f"{out}/best.npz", "--prime", "I grew", "--length", "40", "--seed", "3")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("I grew") and len(r.stdout) == len("I grew") + 40 + 1
    again = run("sample", f"{out}/best.npz", "--prime", "I grew", "--length", "40", "--seed", "3")
    assert again.stdout == r.stdout


def test_greedy_equals_top_k_one(trained):
    out, _ = trained
    a = run("sample", f"{out}/best.npz", "--prime", "I", "--length", "30", "--greedy")
    b = run(
        "sample", f"{out}/best.npz", "--prime", "I", "--length", "30", "--top-k", "1", "--seed", "9"
    )
    assert a.exit_code == 0 and a.stdout == b.stdout


def test_sample_prime_file_and_num_samples(trained, tmp_path):
    out, _ = trained
    prime = tmp_path / "p.txt"
    prime.write_text("I grew up", encoding="utf-8")
    r = run(
        "sample",
        f"{out}/best.npz",
        "--prime-file",
        str(prime),
        "--length",
        "10",
        "--num-samples",
        "3",
        "--seed",
        "0",
    )
    assert r.exit_code == 0, r.output
    assert r.stdout.count("I grew up") == 3


def test_checkpoint_loads_from_any_directory(trained, tmp_path):
    out, _ = trained
    script = (
        f"from charlstm import checkpoint; c = checkpoint.load({out + '/last.npz'!r}); "
        "print(len(c.vocab), c.step)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    vocab = checkpoint.load(f"{out}/last.npz").vocab
    assert done.stdout.split() == [str(len(vocab)), "10"]


def test_python_dash_m_and_help():
    done = subprocess.run(
        [sys.executable, "-m", "charlstm", "train", "--help"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert done.stdout.startswith("Usage: charlstm train [OPTIONS]")
    assert "\n  Examples:\n    charlstm train --data data/longdep.txt\n" in done.stdout
    assert "  --max-time SECONDS" in done.stdout or "  --max-time FLOAT" in done.stdout


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("signal_name, status", [("SIGINT", 130), ("SIGTERM", 143)])
def test_signal_saves_and_exits(tmp_path, corpus_file, tiny_args, signal_name, status, workers):
    """A real process: Ctrl-C or SIGTERM to its process group (as a terminal sends it) mid-run
    writes last.npz and exits 130 / 143 with a one-line resume hint; with worker processes,
    none is left running."""
    import signal
    import time
    import uuid

    out = tmp_path / "run"
    tag = f"CHARLSTM_TEST_RUN={uuid.uuid4().hex}"  # the run's processes, and no one else's
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "charlstm",
            "train",
            "--data",
            corpus_file,
            "--out",
            str(out),
            "--max-steps",
            "1000000",
            *tiny_args,
            "--set",
            "train.eval_every=100000",
            "--set",
            f"train.workers={workers}",
        ],
        stdout=subprocess.DEVNULL,
        # a file, not a pipe: reading a pipe to its end would wait for any worker that
        # inherited it, and so hide a worker that outlives the run
        stderr=open(tmp_path / "stderr", "w"),
        start_new_session=True,
        env=dict(os.environ, **dict([tag.split("=")])),
    )
    try:
        deadline = time.time() + 60
        while not (out / "metrics.jsonl").exists() or not (out / "metrics.jsonl").read_text():
            assert time.time() < deadline and proc.poll() is None
            time.sleep(0.1)
        # the run's processes, seen by the check that follows the signal: train.workers = N
        # is N processes in all, the main one computing a share with N − 1 workers
        assert len(tagged_processes(tag)) == workers
        os.killpg(proc.pid, getattr(signal, signal_name))
        proc.wait(timeout=60)
    finally:  # a failed check above leaves no run of a million steps behind
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    leftover = tagged_processes(tag)  # at once: the run waits for its workers to exit
    err = (tmp_path / "stderr").read_text()
    assert proc.returncode == status, err
    # the hint names the command as this run was started: python -m charlstm
    (hint,) = [line for line in err.splitlines() if "continue with: " in line]
    assert hint.endswith(f" -m charlstm train --resume {out / 'last.npz'}"), hint
    ckpt = checkpoint.load(str(out / "last.npz"))
    assert ckpt.step > 0
    assert not leftover, "worker processes outlived the run"


def tagged_processes(tag: str) -> list[int]:
    """Ids of running processes whose environment holds tag, "NAME=value" (Linux /proc;
    processes that have exited but not been reaped are not running)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                environ = f.read().split(b"\0")
            with open(f"/proc/{pid}/stat", "rb") as f:
                state = f.read().rsplit(b")", 1)[1].split()[0]
        except OSError:
            continue
        if tag.encode() in environ and state != b"Z":
            found.append(int(pid))
    return found


@pytest.mark.parametrize("cell", ["rnn", "gru", "peephole", "coupled"])
def test_every_cell_trains_resumes_samples_and_evaluates(tmp_path, corpus_file, tiny_args, cell):
    args = [*tiny_args, "--set", f"model.cell={cell}"]
    whole, half = tmp_path / "whole", tmp_path / "half"
    assert (
        run(
            "train", "--data", corpus_file, "--out", str(whole), "--max-steps", "8", *args
        ).exit_code
        == 0
    )
    assert (
        run("train", "--data", corpus_file, "--out", str(half), "--max-steps", "3", *args).exit_code
        == 0
    )
    r = run("train", "--resume", str(half / "last.npz"), "--max-steps", "8")
    assert r.exit_code == 0, r.output
    assert (whole / "last.npz").read_bytes() == (half / "last.npz").read_bytes()
    with np.load(whole / "last.npz", allow_pickle=False) as npz:
        assert ("state/c.0" in npz.files) == (cell in ("peephole", "coupled"))
    sampled = run("sample", str(whole / "best.npz"), "--length", "10", "--seed", "1")
    assert sampled.exit_code == 0, sampled.output
    vocab = checkpoint.load(str(whole / "best.npz")).vocab
    assert len(sampled.stdout.rstrip("\n")) >= 10
    assert set(sampled.stdout.rstrip("\n")) <= set(vocab.chars)
    scored = run("eval", str(whole / "best.npz"), "--json")
    assert scored.exit_code == 0, scored.output
    assert math.isfinite(json.loads(scored.stdout)["loss_nats"])
