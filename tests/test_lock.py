"""One writer per run directory, with real processes: a training holds the directory's
lock (files.lock_directory) for its whole life; a second training into it, a resume of it
and an --overwrite of it are refused at once, naming the holder; a holder killed with
kill -9 blocks nothing; readers take no lock and always find whole files."""

import os
import signal
import subprocess
import sys
import time

import pytest
import yaml

from charlstm import checkpoint

from .helpers import TINY

pytestmark = pytest.mark.slow

# a checkpoint at every step, and a run that would go on for a long time
ARGS = [*TINY, "--set", "train.eval_every=1", "--set", "train.sample_length=0"]


def charlstm(*args):
    return [sys.executable, "-m", "charlstm", *args]


@pytest.fixture
def training(tmp_path, corpus_file):
    """A `charlstm train` process that has written its first checkpoint and goes on
    training: (process, run directory, data path)."""
    out = tmp_path / "run"
    proc = subprocess.Popen(
        charlstm("train", "--data", corpus_file, "--out", str(out), "--max-steps", "1000000",
                 *ARGS),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not (out / "last.npz").exists():
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "no checkpoint written"
        time.sleep(0.05)
    yield proc, out, corpus_file
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    proc.stderr.close()


def refused(command, holder):
    """Run command; it must stop at once with the one-line lock error naming holder."""
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines[-1].startswith("error: ") and "being trained into by another process" in lines[-1]
    assert f"(pid {holder.pid})" in lines[-1], lines[-1]
    assert holder.poll() is None  # the holder trains on
    return time.monotonic() - started


def test_a_second_training_into_a_training_directory_is_refused(training):
    proc, out, data = training
    refused(charlstm("train", "--data", data, "--out", str(out), *ARGS), proc)


def test_a_resume_of_a_run_that_is_training_is_refused(training):
    proc, out, _ = training
    refused(charlstm("train", "--resume", str(out / "last.npz"), "--max-steps", "5"), proc)


def test_overwrite_of_a_run_that_is_training_is_refused_and_changes_nothing(training):
    proc, out, data = training
    config = (out / "config.yaml").read_text()
    refused(charlstm("train", "--data", data, "--out", str(out), "--overwrite", *ARGS), proc)
    assert (out / "config.yaml").read_text() == config
    before = checkpoint.load(str(out / "last.npz")).step
    time.sleep(1)
    assert checkpoint.load(str(out / "last.npz")).step >= before  # not restarted from 0


def test_a_holder_killed_with_kill_9_does_not_block_the_next_run(training):
    proc, out, _ = training
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    step = checkpoint.load(str(out / "last.npz")).step
    done = subprocess.run(
        charlstm("train", "--resume", str(out / "last.npz"), "--max-steps", str(step + 2)),
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert checkpoint.load(str(out / "last.npz")).step == step + 2


def test_a_reader_during_training_always_gets_a_whole_file(training):
    proc, out, _ = training
    steps = []
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        steps.append(checkpoint.load(str(out / "last.npz")).step)  # raises on a part file
        assert yaml.safe_load((out / "config.yaml").read_text())["model"]["hidden"] == 8
    assert proc.poll() is None
    assert steps == sorted(steps) and steps[-1] > steps[0]  # it read while files changed
