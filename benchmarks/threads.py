#!/usr/bin/env python3
"""The measurement behind charlstm/resources.py: training chars/s for model sizes 1×32 …
2×512, for each way of using the cores, with and without a busy neighbour process.

Ways (each in a fresh process, since OpenBLAS reads its thread count at import):
  1 proc, BLAS 1   one process, one BLAS thread
  1 proc, BLAS N   one process, N BLAS threads (OpenBLAS's default: one per core)
  N workers        train.workers = N: N single-threaded worker processes share the batch
The busy neighbour is `python -c 'while True: pass'`, the laptop with a browser open.

Usage:
  python benchmarks/threads.py [--data FILE] [--seconds 4] [--sizes 1x32,2x512]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
# name: (layers, hidden, batch, seq_len); 1×32 … 2×128 at train's default batch (B32 T64),
# 2×256 and 2×512 at bench.py's configs c and d
SIZES = {
    "1x32": (1, 32, 32, 64),
    "1x128": (1, 128, 32, 64),
    "2x128": (2, 128, 32, 64),
    "2x256": (2, 256, 64, 100),
    "2x512": (2, 512, 64, 128),
}


def child(data: str, size: str, workers: int, seconds: float) -> None:
    """Print one JSON line: this process's training chars/s (its BLAS threads come from the
    environment the parent set)."""
    sys.path.insert(0, HERE)
    from bench import load_ids, rates  # noqa: PLC0415  (numpy is imported here, after env)

    ids, chars = load_ids(data)
    result = rates(ids, len(chars), SIZES[size], workers, seconds / 2, seconds, 1)
    print(json.dumps({"chars_per_s": result[0]}))


def measure(data: str, size: str, blas: int, workers: int, seconds: float) -> float:
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(blas), OMP_NUM_THREADS=str(blas))
    command = [sys.executable, __file__, "--child", size, "--workers", str(workers)]
    command += ["--data", data, "--seconds", str(seconds)]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.splitlines()[-1])["chars_per_s"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(ROOT, "data", "longdep.txt"))
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--json", dest="json_out")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options.data, options.child, options.workers, options.seconds)
        return

    cores = os.cpu_count() or 1
    ways = [("1 proc, BLAS 1", 1, 1), (f"1 proc, BLAS {cores}", cores, 1)]
    if cores > 1:
        ways.append((f"{cores} workers", 1, cores))
    print(f"date: {time.strftime('%Y-%m-%d %H:%M %Z')}; {cores} cores; training chars/s")
    print()
    print("| size (B, T) | neighbour | " + " | ".join(name for name, _, _ in ways) + " |")
    print("|---|---|" + "---|" * len(ways))
    results = []
    for size in filter(None, options.sizes.split(",")):
        L, H, B, T = SIZES[size]
        for busy in (False, True):
            neighbour = None
            if busy:
                neighbour = subprocess.Popen([sys.executable, "-c", "while True: pass"])
            try:
                row = [measure(options.data, size, blas, w, options.seconds) for _, blas, w in ways]
            finally:
                if neighbour is not None:
                    neighbour.kill()
                    neighbour.wait()
            results.append({"size": size, "busy_neighbour": busy, "chars_per_s": row})
            cells = " | ".join(f"{r:,.0f}" for r in row)
            print(f"| {size} (B{B}, T{T}) | {'busy' if busy else 'none'} | {cells} |", flush=True)
    if options.json_out:
        with open(options.json_out, "w") as f:
            json.dump({"ways": [w[0] for w in ways], "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
