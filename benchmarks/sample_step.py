#!/usr/bin/env python3
"""Sampling's time a character at 2 × 512, batch 1, against its memory-bandwidth floor.

Rows, each the median of --rounds rounds (random weights; speed does not depend on them):
  products    the character's weight-reading products alone, as numpy runs them: W_h of
              layer 0, W_x and W_h of layer 1 (each (1, 512)·(512, 2048)) and the head,
              on 1 and 2 BLAS threads: the floor a step cannot go below
  step        Model.stepper's step, one character, on 1 and 2 threads
  generate    charlstm's generate (softmax, the draw, sample.ThreadRule choosing threads),
              chars/s over --chars characters
The products' GB/s is the weights read (12.6 MB a character in float32) over their time.

Run it in two checkouts (or at two commits) in turns to compare before and after a change:
  python benchmarks/sample_step.py [--rounds 5] [--chars 2000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

from charlstm import resources, sample  # noqa: E402
from charlstm.config import ModelConfig  # noqa: E402
from charlstm.model import Model  # noqa: E402

V = 65


def products_seconds(net: Model, n: int) -> float:
    """Seconds a character for its products alone (n characters' worth, timed together)."""
    h = np.zeros((1, net.hidden), net.dtype)
    weights = [net.params["layers.0.W_h"], net.params["layers.1.W_x"], net.params["layers.1.W_h"]]
    head = net.params["head.W"]
    t0 = time.perf_counter()
    for _ in range(n):
        for w in weights:
            np.matmul(h, w)
        np.matmul(h, head)
    return (time.perf_counter() - t0) / n


def step_seconds(net: Model, n: int) -> float:
    one_step, state = net.stepper(), net.zero_state(1)
    ids = np.array([3])
    t0 = time.perf_counter()
    for _ in range(n):
        _, state = one_step(ids, state)
    return (time.perf_counter() - t0) / n


def generate_rate(net: Model, chars: int) -> float:
    t0 = time.perf_counter()
    for _ in sample.generate(net, np.array([0]), chars, np.random.default_rng(0)):
        pass
    return chars / (time.perf_counter() - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--chars", type=int, default=2000)
    args = parser.parse_args()
    net = Model.init(ModelConfig(layers=2, hidden=512), V, np.random.default_rng(0))
    megabytes = (
        sum(
            net.params[k].nbytes for k in ("layers.0.W_h", "layers.1.W_x", "layers.1.W_h", "head.W")
        )
        / 1e6
    )
    rows = {}
    for _ in range(args.rounds):
        for threads in (1, 2):
            with resources.blas_threads(threads):
                rows.setdefault(f"products, {threads} thread(s)", []).append(
                    products_seconds(net, 300)
                )
                rows.setdefault(f"step, {threads} thread(s)", []).append(step_seconds(net, 300))
        rows.setdefault("generate (ThreadRule), chars/s", []).append(generate_rate(net, args.chars))
    for name, values in rows.items():
        value = float(np.median(values))
        if name.startswith("generate"):
            print(f"{name:34s} {value:10,.0f}")
        else:
            extra = f"  {megabytes / 1e3 / value:5.1f} GB/s" if name.startswith("products") else ""
            print(f"{name:34s} {value * 1e6:8.1f} µs{extra}")


if __name__ == "__main__":
    main()
