"""kill -9 at random moments of a training run: after every kill the checkpoint loads and
eval runs, and a resumed run goes on from where the last one stopped."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from charlstm import checkpoint

from .helpers import TINY, run

KILLS = 12


def checkpoint_written(path, since_ns: int, proc, timeout_s: float = 120) -> None:
    """Wait until the process has written path after since_ns (it is training and writing)."""
    deadline = time.monotonic() + timeout_s
    while not (path.exists() and path.stat().st_mtime_ns > since_ns):
        assert proc.poll() is None, "the training process stopped by itself"
        assert time.monotonic() < deadline, "no checkpoint written"
        time.sleep(0.01)


@pytest.mark.slow
def test_kill_9_never_leaves_a_broken_checkpoint(tmp_path, corpus_file):
    out = tmp_path / "run"
    last = out / "last.npz"
    rng = random.Random(0)
    # a checkpoint at every step, so that kills land inside writes as well as between them
    args = [*TINY, "--set", "train.eval_every=1", "--set", "train.sample_length=0"]
    steps, interrupted_writes = [], 0
    for kill in range(KILLS):
        if kill:
            command = ["--resume", str(last), "--max-steps", "1000000"]
        else:
            command = ["--data", corpus_file, "--out", str(out), "--max-steps", "1000000"]
        since = last.stat().st_mtime_ns if last.exists() else 0
        proc = subprocess.Popen(
            [sys.executable, "-m", "charlstm", "train", *command, *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        checkpoint_written(last, since, proc)  # killed while training, not while starting
        time.sleep(rng.uniform(0, 0.3))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        # a write cut short leaves its temporary file (the next run clears it), never a
        # broken checkpoint
        interrupted_writes += any(name.startswith(".tmp-") for name in os.listdir(out))
        ckpt = checkpoint.load(str(last))  # raises on a broken file
        steps.append(ckpt.step)
        result = run("eval", str(last), "--json")
        assert result.exit_code == 0, result.output
    assert steps == sorted(steps) and steps[-1] > steps[0], steps  # each run went on
    assert interrupted_writes > 0  # the case this test is about did happen
