#!/usr/bin/env python3
"""Page faults and time per training step, with and without resources.keep_freed_memory.

Each setting runs in a fresh process (malloc's settings are process-wide and cannot be
undone): bench.py's training step for a config (random windows of the text, Adam, clip 5)
with `--workers` processes, one BLAS thread each; after a warm-up, the minor page faults
per step of every process of the run (/proc/PID/stat) and the wall time per step. The
"default" rows let glibc's malloc behave as it does out of the box, in the main process and
in the workers alike.

Usage (Linux):
  python benchmarks/page_faults.py a [--workers 2] [--steps 100] [--data FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

from bench import CONFIGS, DEFAULT_DATA  # noqa: E402


def minor_faults(pid) -> int:
    with open(f"/proc/{pid}/stat") as f:
        return int(f.read().rsplit(")", 1)[1].split()[7])


def measure(config: str, workers: int, steps: int, data: str, keep: bool) -> dict:
    """In this process: faults per step of each process of the run, and ms per step."""
    from bench import load_ids, training_step

    from charlstm import parallel, resources

    if not keep:  # malloc as glibc sets it up, here and in the workers this process starts
        resources.keep_freed_memory = lambda: False
        parallel.WORKER_MAIN = parallel.WORKER_MAIN.replace(
            "parallel.main()",
            "from charlstm import resources; resources.keep_freed_memory = lambda: False; "
            "parallel.main()",
        )
    ids, chars = load_ids(data)
    with resources.computing(resources.TRAINING_BLAS_THREADS):
        with training_step(ids, len(chars), CONFIGS[config], workers=workers) as one_step:
            for _ in range(5):
                one_step()
            pids = ["self", *worker_pids()]
            before = [minor_faults(p) for p in pids]
            t0 = time.perf_counter()
            for _ in range(steps):
                one_step()
            seconds = time.perf_counter() - t0
            after = [minor_faults(p) for p in pids]
    return {
        "faults_per_step": [(a - b) / steps for a, b in zip(after, before, strict=True)],
        "ms_per_step": seconds / steps * 1e3,
    }


def worker_pids() -> list[int]:
    """This process's children (the pool's worker processes)."""
    me = os.getpid()
    with open(f"/proc/{me}/task/{me}/children") as f:
        return [int(p) for p in f.read().split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("config", choices=sorted(CONFIGS))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--child", choices=["keep", "default"], help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        result = measure(
            options.config, options.workers, options.steps, options.data, options.child == "keep"
        )
        print(json.dumps(result))
        return
    print(f"config {options.config}, {options.workers} processes, {options.steps} steps")
    for setting in ("default", "keep"):
        done = subprocess.run(
            [sys.executable, __file__, options.config, "--workers", str(options.workers)]
            + ["--steps", str(options.steps), "--data", options.data, "--child", setting],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(done.stdout)
        faults = " + ".join(f"{f:,.1f}" for f in result["faults_per_step"])
        print(
            f"  {setting:8} page faults a step (main + workers): {faults};"
            f" {result['ms_per_step']:.1f} ms a step"
        )


if __name__ == "__main__":
    main()
