#!/usr/bin/env python3
"""Would a wavefront over layers pay? The cost of one elementwise pass, alone and merged.

A wavefront runs step t of layer 2 beside step t + 1 of layer 1, so that each elementwise
pass of a time step (the add of the recurrent product, the tanh over the gate block, …)
covers both layers in one numpy call instead of two: it saves one call's fixed cost per
pass. This script measures that fixed cost against the pass itself, for one process's
share of bench.py's configs: a tiny pass (the call alone), a pass over one layer's (B, 4H)
gate block, and one pass over both layers' blocks stored side by side, (2, B, 4H) (each
layer's steps kept in its own (T, B, 4H) array, as the wavefront's layer axis would hold
them), against two single passes. Thread CPU time, best of --rounds.

Usage:
  python benchmarks/wavefront.py [--shapes 16x128,25x128,32x256,32x512] [--rounds 15]
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np


def per_call_us(f, calls: int = 1000, rounds: int = 15) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.thread_time_ns()
        for _ in range(calls):
            f()
        best = min(best, (time.thread_time_ns() - t0) / calls)
    return best / 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shapes", default="16x128,25x128,32x256,32x512", help="BxH,...")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--steps", type=int, default=64, help="T of the stored gate arrays")
    options = parser.parse_args()
    rng = np.random.default_rng(0)
    print(f"load average {os.getloadavg()[0]:.2f}; µs per call, thread CPU time")
    print()
    print(
        "| B, H | tiny call | add, 1 layer | add, 2 layers merged | tanh, 1 layer "
        "| tanh, 2 layers merged |"
    )
    print("|---|---|---|---|---|---|")
    for shape in options.shapes.split(","):
        B, H = (int(v) for v in shape.split("x"))
        found = measure(rng, B, H, options.steps, options.rounds)
        print(f"| {B}, {H} | " + " | ".join(f"{v:.2f}" for v in found) + " |", flush=True)


def measure(rng, B: int, H: int, T: int, rounds: int) -> list[float]:
    G, t = 4 * H, T // 2
    gates = rng.uniform(-1, 1, (T, B, G)).astype(np.float32)  # one layer's steps
    both = rng.uniform(-1, 1, (2, T, B, G)).astype(np.float32)  # both layers' steps
    recurrent = rng.uniform(-1, 1, (B, G)).astype(np.float32) * 1e-3
    recurrent_both = rng.uniform(-1, 1, (2, B, G)).astype(np.float32) * 1e-3
    tiny = np.zeros(4, np.float32)
    one, two = gates[t], both[:, t]  # (B, 4H) and (2, B, 4H)
    return [
        per_call_us(lambda: np.add(tiny, tiny, out=tiny), rounds=rounds),
        per_call_us(lambda: np.add(one, recurrent, out=one), rounds=rounds),
        per_call_us(lambda: np.add(two, recurrent_both, out=two), rounds=rounds),
        per_call_us(lambda: np.tanh(one, out=one), rounds=rounds),
        per_call_us(lambda: np.tanh(two, out=two), rounds=rounds),
    ]


if __name__ == "__main__":
    main()
