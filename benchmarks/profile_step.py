#!/usr/bin/env python3
"""Where a training step's time goes, for one of bench.py's configs.

1. cProfile of N training steps (random windows of a text, Adam, clipping): the functions
   with the most time of their own.
2. One LSTM layer's forward and backward per time step, against the per-step recurrent
   matrix product alone (the rest is the products over all steps and elementwise work).

Usage:
  OPENBLAS_NUM_THREADS=1 python benchmarks/profile_step.py b [--steps 80]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
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


def loop_against_products(config) -> None:
    _, H, B, T = config
    rng = np.random.default_rng(0)
    params = lstm.init(rng, H, H, 1 / np.sqrt(H), np.float32)
    x = rng.standard_normal((T, B, H)).astype(np.float32)
    state = (np.zeros((B, H), np.float32), np.zeros((B, H), np.float32))
    _, _, cache = lstm.forward(params, x, state)
    dhs = rng.standard_normal((T, B, H)).astype(np.float32)
    h, out = np.zeros((B, H), np.float32), np.empty((B, 4 * H), np.float32)
    d, dh = np.zeros((B, 4 * H), np.float32), np.empty((B, H), np.float32)
    W_h_T = np.ascontiguousarray(params["W_h"].T)

    def per_step(f):
        return min(timeit.repeat(f, number=10, repeat=3)) / 10 / T * 1e6

    forward = per_step(lambda: lstm.forward(params, x, state))
    backward = per_step(lambda: lstm.backward(dhs, cache))
    fwd_product = per_step(lambda: [np.matmul(h, params["W_h"], out=out) for _ in range(T)])
    bwd_product = per_step(lambda: [np.matmul(d, W_h_T, out=dh) for _ in range(T)])
    print(f"one layer (input width {H}), B {B}, H {H}, T {T}, per time step:")
    print(f"  forward  {forward:8.1f} µs, of which the recurrent product {fwd_product:6.1f} µs")
    print(f"  backward {backward:8.1f} µs, of which the recurrent product {bwd_product:6.1f} µs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("config", choices=sorted(CONFIGS))
    parser.add_argument("--steps", type=int, default=80)
    parser.add_argument("--data", default=DEFAULT_DATA)
    options = parser.parse_args()
    ids, chars = load_ids(options.data)
    profile_steps(ids, len(chars), CONFIGS[options.config], options.steps)
    loop_against_products(CONFIGS[options.config])


if __name__ == "__main__":
    main()
