#!/usr/bin/env python3
"""The measurement behind evaluate.score's layout: chars/s scoring a text under a random
2 × 512 LSTM for several stream counts, BLAS thread counts and worker counts (the loss is
printed too: it should agree to float noise across layouts).

Usage:
  python benchmarks/eval_layout.py [--data FILE] [--chars 100000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

from bench import DEFAULT_DATA, load_ids  # noqa: E402

from charlstm import evaluate, parallel, resources  # noqa: E402
from charlstm.config import ModelConfig  # noqa: E402
from charlstm.model import Model  # noqa: E402

# (streams, BLAS threads, workers)
LAYOUTS = [(16, 2, 1), (16, 1, 1), (64, 1, 1), (128, 1, 1), (128, 2, 1), (128, 1, 2)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--chars", type=int, default=100_000)
    parser.add_argument("--burn-in", type=int, default=256)
    options = parser.parse_args()
    ids, chars = load_ids(options.data)
    ids = ids[: options.chars + 1]
    net = Model.init(ModelConfig(layers=2, hidden=512), len(chars), np.random.default_rng(0))
    print(f"date: {time.strftime('%Y-%m-%d %H:%M %Z')}; {resources.cores()} cores")
    print("| streams | BLAS threads | workers | chars/s | loss |")
    print("|---|---|---|---|---|")
    for streams, blas, workers in LAYOUTS:
        chunk = max(1, min(256, evaluate.POSITIONS_PER_CALL // streams))
        with resources.blas_threads(blas):
            t0 = time.perf_counter()
            with parallel.pool(workers, net) as pool:
                total, count = evaluate.total_nll(pool, ids, streams, chunk, options.burn_in)
            seconds = time.perf_counter() - t0
        print(
            f"| {streams} | {blas} | {workers} | {count / seconds:,.0f} | {total / count:.6f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
