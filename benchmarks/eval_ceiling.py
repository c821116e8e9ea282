#!/usr/bin/env python3
"""What two processes can score at most: the ceiling of `charlstm eval` on this machine.

`charlstm eval` shares its streams between processes (one BLAS thread each). This measures
the scoring alone, without the pool: positions a second of one process scoring its share
(a random L × H model, S streams in chunks of T steps, Model.sequence_nll carrying the
state), then of N such processes side by side. Their sum, less the burn-in's extra reading
(docs/speed.md), bounds what `charlstm eval` can reach here.

Usage:
  python benchmarks/eval_ceiling.py [--layers 2] [--hidden 512] [--streams 64] [--chunk 64]
      [--seconds 8] [--rounds 2] [--processes 2]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time

os.environ["OPENBLAS_NUM_THREADS"] = "1"  # as eval's processes run, set before numpy loads

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from charlstm import resources  # noqa: E402
from charlstm.config import ModelConfig  # noqa: E402
from charlstm.model import Model  # noqa: E402

VOCAB = 65


def positions_per_s(options, results) -> None:
    """One process: score chunks for options.seconds, put its positions a second."""
    resources.keep_freed_memory()
    config = ModelConfig(layers=options.layers, hidden=options.hidden)
    net = Model.init(config, VOCAB, np.random.default_rng(0))
    ids = np.random.default_rng(1).integers(0, VOCAB, (options.chunk + 1, options.streams))
    state = net.zero_state(options.streams)
    net.sequence_nll(ids[:-1], ids[1:], state)  # first call: the product's forms measured
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < options.seconds:
        _, state = net.sequence_nll(ids[:-1], ids[1:], state)
        count += options.chunk * options.streams
    results.put(count / (time.perf_counter() - started))


def side_by_side(options, processes: int) -> list[float]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [
        context.Process(target=positions_per_s, args=(options, results)) for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    rates = [results.get() for _ in workers]
    for worker in workers:
        worker.join()
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--hidden", type=int, default=512)
    parser.add_argument("--streams", type=int, default=64, help="One process's share.")
    parser.add_argument("--chunk", type=int, default=64, help="Time steps per call.")
    parser.add_argument("--seconds", type=float, default=8.0, help="Per measurement.")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--processes", type=int, default=2)
    options = parser.parse_args()
    for round_number in range(1, options.rounds + 1):
        (alone,) = side_by_side(options, 1)
        together = side_by_side(options, options.processes)
        parts = " + ".join(f"{rate:,.0f}" for rate in together)
        print(
            f"round {round_number}: one process alone {alone:,.0f} positions/s; "
            f"{options.processes} side by side {parts} = {sum(together):,.0f}/s"
        )


if __name__ == "__main__":
    main()
