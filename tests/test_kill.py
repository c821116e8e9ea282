"""kill -9 at random moments: after every kill the checkpoint loads and eval runs."""

import os
import random
import signal
import subprocess
import sys
import time

from click.testing import CliRunner

from charlstm import checkpoint
from charlstm.cli import main

from .helpers import TINY

KILLS = 20
BUDGET_S = 90


def test_kill_9_never_leaves_a_broken_checkpoint(tmp_path, corpus_file):
    out = tmp_path / "run"
    last = out / "last.npz"
    rng = random.Random(0)
    # a checkpoint at every step, so that kills land inside writes as well as between them
    args = [*TINY, "--set", "train.eval_every=1", "--set", "train.sample_length=0"]
    start = time.monotonic()
    kills = 0
    steps = []
    while kills < KILLS and time.monotonic() - start < BUDGET_S:
        if last.exists():
            command = ["--resume", str(last), "--max-steps", "1000000"]
        else:
            command = [
                "--data",
                corpus_file,
                "--out",
                str(out),
                "--max-steps",
                "1000000",
                "--overwrite",
            ]
        proc = subprocess.Popen(
            [sys.executable, "-m", "charlstm", "train", *command, *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 2.0))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        kills += 1
        if last.exists():
            ckpt = checkpoint.load(str(last))  # raises on a broken file
            steps.append(ckpt.meta["step"])
            result = CliRunner().invoke(main, ["eval", str(last), "--json"])
            assert result.exit_code == 0, result.output
    assert kills == KILLS or time.monotonic() - start >= BUDGET_S
    assert len(steps) >= KILLS // 2, steps  # most kills happened after a checkpoint existed
    assert steps == sorted(steps)  # each resumed run went on from where the last one stopped
