#!/usr/bin/env python3
"""Where a training step's time goes, for one of bench.py's configs.

1. cProfile of N training steps (random windows of a text, Adam, clipping): the functions
   with the most time of their own.
2. One LSTM layer's forward and backward, µs per time step, against the per-step recurrent
   matrix product alone (the rest is the products over all steps and elementwise work).
   With --baseline REV, the same for cells/lstm.py as it was at git revision REV, timed in
   turns with the current one in this process (a ratio measured side by side).
3. The per-step recurrent product in both orientations.

Usage:
  OPENBLAS_NUM_THREADS=1 python benchmarks/profile_step.py b [--steps 80] [--baseline REV]
      [--batch 25] [--skip-profile]
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import os
import pstats
import subprocess
import sys
import tempfile
import timeit

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

from bench import CONFIGS, DEFAULT_DATA, load_ids, training_step  # noqa: E402

from charlstm.cells import lstm  # noqa: E402


def profile_steps(ids, V, config, steps: int) -> None:
    with training_step(ids, V, config) as one_step:
        one_step()
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(steps):
            one_step()
        profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(12)


def lstm_at(revision: str):
    """charlstm/cells/lstm.py as it was at a git revision, imported as a module."""
    source = subprocess.run(
        ["git", "show", f"{revision}:charlstm/cells/lstm.py"],
        cwd=os.path.join(HERE, ".."),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
    spec = importlib.util.spec_from_file_location(f"lstm_{revision}", f.name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    os.unlink(f.name)
    return module


def loop_against_products(config, baseline: str | None, rounds: int) -> None:
    _, H, B, T = config
    rng = np.random.default_rng(0)
    params = lstm.init(rng, H, H, 1 / np.sqrt(H), np.float32)
    x = rng.standard_normal((T, B, H)).astype(np.float32)
    state = (np.zeros((B, H), np.float32), np.zeros((B, H), np.float32))
    dhs = rng.standard_normal((T, B, H)).astype(np.float32)
    h, out = np.zeros((B, H), np.float32), np.empty((B, 4 * H), np.float32)
    d, dh = np.zeros((B, 4 * H), np.float32), np.empty((B, H), np.float32)
    W_h_T = np.ascontiguousarray(params["W_h"].T)
    versions = {"now": lstm} | ({baseline: lstm_at(baseline)} if baseline else {})
    runs = {}
    for name, cell in versions.items():
        cache = cell.forward(params, x, state)[2]
        runs[f"forward ({name})"] = lambda cell=cell: cell.forward(params, x, state)
        runs[f"backward ({name})"] = lambda cell=cell, cache=cache: cell.backward(dhs, cache)
    runs["forward's recurrent products"] = lambda: [
        np.matmul(h, params["W_h"], out=out) for _ in range(T)
    ]
    runs["backward's recurrent products"] = lambda: [np.matmul(d, W_h_T, out=dh) for _ in range(T)]
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):  # in turns, so that each sees the same load
        for name, f in runs.items():
            best[name] = min(best[name], min(timeit.repeat(f, number=3, repeat=2)) / 3)
    print(f"one layer (input width {H}), B {B}, H {H}, T {T}, per time step (best of {rounds}):")
    for name in runs:
        print(f"  {name:32} {best[name] / T * 1e6:8.1f} µs")


def orientation(config, rounds: int) -> None:
    """The per-step recurrent product both ways round: (B, H)·(H, 4H) as the cells compute
    it, and (4H, H)·(H, B), the orientation of a layout that keeps the state as (H, B)."""
    _, H, B, _ = config
    rng = np.random.default_rng(0)
    h = rng.standard_normal((B, H)).astype(np.float32)
    W = rng.standard_normal((H, 4 * H)).astype(np.float32)
    h_T, W_T = np.ascontiguousarray(h.T), np.ascontiguousarray(W.T)
    out, out_T = np.empty((B, 4 * H), np.float32), np.empty((4 * H, B), np.float32)
    runs = {
        f"({B}, {H})·({H}, {4 * H})": lambda: np.matmul(h, W, out=out),
        f"({4 * H}, {H})·({H}, {B})": lambda: np.matmul(W_T, h_T, out=out_T),
    }
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, f in runs.items():
            best[name] = min(best[name], min(timeit.repeat(f, number=20, repeat=2)) / 20)
    print(f"recurrent product, both orientations (best of {rounds}):")
    for name in runs:
        print(f"  {name:32} {best[name] * 1e6:8.1f} µs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("config", choices=sorted(CONFIGS))
    parser.add_argument("--steps", type=int, default=80)
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--baseline", metavar="REV", help="Also time lstm.py at this revision.")
    parser.add_argument("--rounds", type=int, default=10, help="Timing rounds, in turns.")
    parser.add_argument(
        "--batch", type=int, help="Another batch size B: a worker's share (B / workers)."
    )
    parser.add_argument("--skip-profile", action="store_true", help="Only parts 2 and 3.")
    options = parser.parse_args()
    L, H, B, T = CONFIGS[options.config]
    config = (L, H, options.batch or B, T)
    if not options.skip_profile:
        ids, chars = load_ids(options.data)
        profile_steps(ids, len(chars), config, options.steps)
    loop_against_products(config, options.baseline, options.rounds)
    orientation(config, options.rounds)


if __name__ == "__main__":
    main()
