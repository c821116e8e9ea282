"""The Runs view of `charlstm serve`: the runs under --runs, their loss curves, and a short
sample from each run's latest checkpoint."""

from __future__ import annotations

import os

import numpy as np

from charlstm import checkpoint, metrics, plot
from charlstm.errors import CharlstmError
from charlstm.sample import default_prime, sample_text

RUN_SAMPLE_CHARS = 200  # characters sampled from each run's latest checkpoint


def run_directories(runs_dir: str | None) -> list[str]:
    """The directories under runs_dir (and itself) that hold a metrics.jsonl, by name."""
    if runs_dir is None:
        return []
    found = [runs_dir] if os.path.isfile(os.path.join(runs_dir, "metrics.jsonl")) else []
    try:
        names = sorted(os.listdir(runs_dir))
    except OSError:
        return found
    for name in names:
        path = os.path.join(runs_dir, name)
        if os.path.isfile(os.path.join(path, "metrics.jsonl")):
            found.append(path)
    return found


class LatestSamples:
    """A sample from each run's last checkpoint, made again only when the file changes:
    the page asks for the runs every two seconds, and a sample costs a checkpoint load."""

    def __init__(self):
        self._made: dict = {}  # path -> (mtime, step, text)

    def of(self, path: str) -> dict | None:
        last = os.path.join(path, "last.npz")
        try:
            mtime = os.stat(last).st_mtime_ns
        except OSError:
            return None
        cached = self._made.get(path)
        if cached is None or cached[0] != mtime:
            try:
                ckpt = checkpoint.load(last)
            except CharlstmError:
                return None if cached is None else {"step": cached[1], "text": cached[2]}
            vocab = ckpt.vocab
            prime = vocab.encode(default_prime(vocab))
            rng = np.random.default_rng(ckpt.step)
            text = sample_text(ckpt.model, vocab.chars, prime, RUN_SAMPLE_CHARS, rng).text
            cached = (mtime, ckpt.step, text)
            self._made[path] = cached
        return {"step": cached[1], "text": cached[2]}


def describe_runs(runs_dir: str | None, samples: LatestSamples) -> list[dict]:
    """Each run's curves and latest sample, or the error that stops its metrics being read."""
    found = []
    for path in run_directories(runs_dir):
        name = os.path.relpath(path, runs_dir)
        try:
            c = plot.curves(metrics.read(path))
        except CharlstmError as e:
            found.append({"name": name, "error": str(e)})
            continue
        found.append(
            {
                "name": name,
                "step": c["step"].tolist(),
                "train_loss": c["train_loss"].tolist(),
                "val_step": c["val_step"].tolist(),
                "val_loss": c["val_loss"].tolist(),
                "sample": samples.of(path),
            }
        )
    return found
