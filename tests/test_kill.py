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
    steps = []
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
        ckpt = checkpoint.load(str(last))  # raises on a broken file
        steps.append(ckpt.step)
        result = run("eval", str(last), "--json")
        assert result.exit_code == 0, result.output
    assert steps == sorted(steps) and steps[-1] > steps[0], steps  # each run went on


# A process killed by SIGKILL halfway through a checkpoint write, at a moment chosen by the
# test rather than by the clock: the old file stays whole and the temporary file is left.
KILLED_MID_WRITE = """
import os, signal, sys
from charlstm import files
with files.atomic_write(sys.argv[1], suffix=".npz") as f:
    f.write(b"half of a new checkpoint")
    f.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.slow
def test_a_write_killed_midway_keeps_the_old_checkpoint_and_the_next_run_clears_it(
    trained, tiny_args
):
    out, _ = trained
    last = os.path.join(out, "last.npz")
    before = open(last, "rb").read()
    proc = subprocess.run([sys.executable, "-c", KILLED_MID_WRITE, last])
    assert proc.returncode == -signal.SIGKILL
    assert open(last, "rb").read() == before  # the old file, whole
    (left,) = [n for n in os.listdir(out) if n.startswith(".tmp-")]
    assert left.endswith(".npz")
    assert checkpoint.load(last).step == 10
    result = run("train", "--resume", last, "--max-steps", "12", *tiny_args)
    assert result.exit_code == 0, result.output
    assert not [n for n in os.listdir(out) if n.startswith(".tmp-")]
    assert checkpoint.load(last).step == 12
