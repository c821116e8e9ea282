#!/usr/bin/env python3
"""Where a training step's time goes, for one of bench.py's configs.

1. cProfile of N training steps (random windows of a text, Adam, clipping): the functions
   with the most time of their own.
2. One LSTM layer's forward and backward, µs per time step, against the per-step recurrent
   matrix product alone (the rest is the products over all steps and elementwise work).
   With --baseline REV, the same for cells/lstm.py as it was at git revision REV, timed in
   turns with the current one in this process (a ratio measured side by side).
3. Each form of the per-step recurrent product, and the one the cells choose.
4. With --baseline REV: whole training steps (part 1's, one process) with the current cells
   and with REV's, in turns: the median and best ms a step of each, and their ratio.

Usage:
  OPENBLAS_NUM_THREADS=1 python benchmarks/profile_step.py b [--steps 80] [--baseline REV]
      [--batch 25] [--skip-profile]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import importlib.util
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
import timeit

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

from bench import CONFIGS, DEFAULT_DATA, load_ids, training_step  # noqa: E402

from charlstm import resources  # noqa: E402
from charlstm.cells import lstm, product  # noqa: E402


def profile_steps(ids, V, config, steps: int) -> None:
    with training_step(ids, V, config) as one_step:
        one_step()
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(steps):
            one_step()
        profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(12)


def module_at(revision: str, path: str, name: str):
    """A file of the project as it was at a git revision, imported as a module."""
    source = subprocess.run(
        ["git", "show", f"{revision}:{path}"],
        cwd=os.path.join(HERE, ".."),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
    spec = importlib.util.spec_from_file_location(name, f.name)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    finally:
        os.unlink(f.name)
    return module


def lstm_at(revision: str):
    """charlstm/cells/lstm.py as it was at a git revision, with the cells' common.py and,
    where the revision has it, product.py of that revision (their shared pieces change
    together)."""
    shared = {"common": module_at(revision, "charlstm/cells/common.py", f"common_{revision}")}
    listed = subprocess.run(
        ["git", "ls-tree", "--name-only", revision, "charlstm/cells/product.py"],
        cwd=os.path.join(HERE, ".."),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if listed.strip():
        shared["product"] = module_at(revision, "charlstm/cells/product.py", f"product_{revision}")
    current = {name: sys.modules[f"charlstm.cells.{name}"] for name in shared}
    sys.modules.update({f"charlstm.cells.{name}": m for name, m in shared.items()})
    try:  # the old lstm.py imports these
        return module_at(revision, "charlstm/cells/lstm.py", f"lstm_{revision}")
    finally:
        sys.modules.update({f"charlstm.cells.{name}": m for name, m in current.items()})


def best_in_turns(runs: dict, rounds: int, number: int) -> dict:
    """{name: the best seconds a call} for each function of runs, timed `rounds` times in
    turns (so that each sees the same load), each time the best of 2 × `number` calls."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, f in runs.items():
            best[name] = min(best[name], min(timeit.repeat(f, number=number, repeat=2)) / number)
    return best


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
    best = best_in_turns(runs, rounds, number=3)
    print(f"one layer (input width {H}), B {B}, H {H}, T {T}, per time step (best of {rounds}):")
    for name in runs:
        print(f"  {name:32} {best[name] / T * 1e6:8.1f} µs")


def product_forms(config, rounds: int) -> None:
    """Each form of the per-step recurrent product (product.product_forms), with the add after
    it, forward (B, H)·(H, 4H) and backward (B, 4H)·(4H, H), and the form that
    product.measured_form chooses among those with the reference form's bits."""
    _, H, B, _ = config
    for direction, (K, N) in (("forward", (H, 4 * H)), ("backward", (4 * H, H))):
        steps = product.form_steps(B, K, N, np.float32, fortran=False)
        reference_form = "transposed" if product.transposed_by_rule(B, H) else "plain"
        reference = steps[reference_form]().copy()  # the bits the chosen form must keep
        best = best_in_turns(steps, rounds, number=20)
        chosen = product.measured_form(B, K, N, "<f4", False, reference_form)
        print(f"{direction} recurrent product and add, ({B}, {K})·({K}, {N}), best of {rounds}:")
        for form, f in steps.items():
            bits = "same bits" if product.same_bits(f(), reference) else "other bits"
            mark = "  <- chosen" if form == chosen else ""
            print(f"  {str(form):12} {best[form] * 1e6:8.1f} µs  {bits}{mark}")
    W_h = np.random.default_rng(0).standard_normal((H, 4 * H), dtype=np.float32)
    copies = {
        "product.c_ordered": lambda: product.c_ordered(W_h.T),
        "numpy's copy": lambda: np.ascontiguousarray(W_h.T),
    }
    best = best_in_turns(copies, rounds, number=20)
    print(f"the backward's operand W_hᵀ ({4 * H}, {H}) in C order, once a step, best of {rounds}:")
    for name in copies:
        print(f"  {name:18} {best[name] * 1e6:8.1f} µs")


def steps_against_baseline(ids, V, config, baseline: str, rounds: int) -> None:
    """Part 4: one process's training step (bench.training_step, the same seed) with this
    checkout's LSTM and with the one at `baseline`, alternating rounds of about 0.6 s."""
    with contextlib.ExitStack() as stack:
        steps = {}
        for name, cell in (("now", lstm), (baseline, lstm_at(baseline))):
            steps[name] = stack.enter_context(training_step(ids, V, config, layer=cell))
        for one_step in steps.values():
            for _ in range(5):  # the forms' measurement and warm caches
                one_step()
        started = time.perf_counter()
        steps["now"]()
        calls = max(3, int(0.6 / (time.perf_counter() - started)))
        ms = {name: [] for name in steps}
        for r in range(rounds):
            for name in list(steps)[:: 1 if r % 2 == 0 else -1]:
                started = time.perf_counter()
                for _ in range(calls):
                    steps[name]()
                ms[name].append((time.perf_counter() - started) / calls * 1e3)
    L, H, B, T = config
    print(f"a training step, {L} x {H}, B {B}, T {T}, one process, {rounds} rounds in turns:")
    for name, times in ms.items():
        print(f"  {name:12} median {statistics.median(times):8.3f} ms, best {min(times):8.3f} ms")
    now, then = (statistics.median(ms[k]) for k in steps)
    print(f"  now / {baseline}: {now / then:.3f} (medians)")


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
    resources.keep_freed_memory()  # as training and scoring do
    L, H, B, T = CONFIGS[options.config]
    config = (L, H, options.batch or B, T)
    if not (options.skip_profile and options.baseline is None):
        if not os.path.exists(options.data):
            raise SystemExit(f"error: no text at {options.data} (make data writes it; or --data)")
        ids, chars = load_ids(options.data)
    if not options.skip_profile:
        profile_steps(ids, len(chars), config, options.steps)
    loop_against_products(config, options.baseline, options.rounds)
    product_forms(config, options.rounds)
    if options.baseline:
        steps_against_baseline(ids, len(chars), config, options.baseline, options.rounds)


if __name__ == "__main__":
    main()
