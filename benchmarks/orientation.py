#!/usr/bin/env python3
"""Which layout runs an LSTM layer faster: the cells' batch-major one, or feature-major?

The cells keep every array batch-major: states (B, H), gates (T, B, 4H), and the per-step
recurrent product is (B, H)·(H, 4H). A feature-major layer keeps the states as (H, B) and
the gates as (T, 4H, B), so the per-step products run the other way round, W_hᵀ·h (4H, H)·
(H, B) forward and W_h·dpre (H, 4H)·(4H, B) backward, and every gate block is a contiguous
(H, B) slab. This script times, for each shape (a process's share B of the batch, width H,
T steps, one BLAS thread, float32):

1. the per-step recurrent products alone, both orientations, forward and backward;
2. one whole layer, forward and backward (the input projection, the recurrent loop, the
   weight gradients), in the cells' layout (charlstm.cells.lstm as it is) and in a
   feature-major layer written out below. Its input projection is T products
   (4H, I)·(I, B) (one (T·B, I)·(I, 4H) product needs the batch-major layout), and its
   weight gradients contract over time and batch together, which in (T, 4H, B) needs a copy
   of dpre and of the inputs into (4H, T·B).

Times are the thread's CPU time (time.thread_time), best of --rounds rounds taken in turns:
on a machine shared with other programs, wall time counts the time this process waits for a
core, CPU time much less so (what is left is the neighbours' use of caches and memory).

Usage:
  python benchmarks/orientation.py [--shapes 16x128x64,25x128x50,32x256x100,32x512x128]
      [--rounds 6]
The default shapes are one process's share of bench.py's configs a-d under train.workers
auto on 2 cores (B 32/2, 50/2, 64/2, 64/2), and eval's 2 × 512 share (128 streams / 2).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from charlstm import resources  # noqa: E402
from charlstm.cells import lstm  # noqa: E402
from charlstm.cells.common import gate_affine  # noqa: E402

SHAPES = "16x128x64,25x128x50,32x256x100,32x512x128,64x512x128"


def forward_feature_major(params: dict, x: np.ndarray, state: tuple) -> tuple:
    """lstm.forward with x (T, I, B), state (h0, c0) each (H, B): hs (T, H, B), cache."""
    W_h, W_x, b = params["W_h"], params["W_x"], params["b"]
    h, c = state
    H = W_h.shape[0]
    scale, shift = (v[:, None] for v in gate_affine("ssts", H, W_h.dtype))  # (4H, 1)
    gates = np.matmul(np.multiply(W_x.T, scale, order="C"), x)  # (T, 4H, B)
    gates += b[:, None] * scale
    W_h_T = np.multiply(W_h.T, scale, order="C")  # (4H, H), scaled as lstm.forward does
    T, _, B = gates.shape
    cs = np.empty((T, H, B), W_h.dtype)
    tanh_cs, hs = np.empty_like(cs), np.empty_like(cs)
    recurrent, ig = np.empty((4 * H, B), W_h.dtype), np.empty((H, B), W_h.dtype)
    i, f, g, o = (gates[:, k * H : (k + 1) * H] for k in range(4))  # (T, H, B) each
    for t in range(T):
        z = gates[t]  # (4H, B)
        np.matmul(W_h_T, h, out=recurrent)
        z += recurrent
        np.tanh(z, out=z)
        z *= scale
        z += shift
        np.multiply(f[t], c, out=cs[t])
        np.multiply(i[t], g[t], out=ig)
        cs[t] += ig
        np.tanh(cs[t], out=tanh_cs[t])
        np.multiply(o[t], tanh_cs[t], out=hs[t])
        h, c = hs[t], cs[t]
    return hs, (params, x, state, gates, cs, tanh_cs, hs)


def backward_feature_major(dhs: np.ndarray, cache: tuple) -> tuple:
    """lstm.backward for forward_feature_major: dhs (T, H, B) -> grads, dx (T, I, B), dh0,
    dc0."""
    params, x, (h0, c0), gates, cs, tanh_cs, hs = cache
    W_h = params["W_h"]
    T, H, B = hs.shape
    scale, shift = (v[:, None] for v in gate_affine("ssts", H, W_h.dtype))
    slope = gates - shift  # (T, 4H, B) -> ∂gate/∂pre-activation, then per unit of dc or dh
    np.square(slope, out=slope)
    np.subtract(scale * scale, slope, out=slope)
    i, f, g, o = (gates[:, k * H : (k + 1) * H] for k in range(4))
    di_per_dc, df_per_dc, dg_per_dc, do_per_dh = (slope[:, k * H : (k + 1) * H] for k in range(4))
    di_per_dc *= g
    df_per_dc[0] *= c0
    df_per_dc[1:] *= cs[:-1]
    dg_per_dc *= i
    do_per_dh *= tanh_cs
    dc_per_dh = np.square(tanh_cs)
    np.subtract(1, dc_per_dh, out=dc_per_dh)
    dc_per_dh *= o
    dpre = np.empty_like(gates)
    do = dpre[:, 3 * H :]
    ifg_per_dc = slope.reshape(T, 4, H, B)[:, :3]
    d_ifg = dpre.reshape(T, 4, H, B)[:, :3]
    dh, dc = np.zeros((H, B), W_h.dtype), np.zeros((H, B), W_h.dtype)
    dc_from_h = np.empty((H, B), W_h.dtype)
    for t in range(T - 1, -1, -1):
        dh += dhs[t]
        np.multiply(dh, dc_per_dh[t], out=dc_from_h)
        dc += dc_from_h
        np.multiply(dc[None], ifg_per_dc[t], out=d_ifg[t])
        np.multiply(dh, do_per_dh[t], out=do[t])
        dc *= f[t]
        np.matmul(W_h, dpre[t], out=dh)
    # the weight gradients contract over (t, b): in (T, ·, B) that needs (·, T·B) copies
    flat_dpre = np.ascontiguousarray(dpre.transpose(1, 0, 2)).reshape(4 * H, T * B)
    h_prev = np.empty((H, T, B), W_h.dtype)
    h_prev[:, 0] = h0
    h_prev[:, 1:] = hs[:-1].transpose(1, 0, 2)
    flat_x = np.ascontiguousarray(x.transpose(1, 0, 2)).reshape(-1, T * B)
    grads = {
        "W_x": np.matmul(flat_x, flat_dpre.T),
        "W_h": np.matmul(h_prev.reshape(H, T * B), flat_dpre.T),
        "b": flat_dpre.sum(axis=1),
    }
    return grads, np.matmul(params["W_x"], dpre), dh, dc


def check_feature_major() -> None:
    """The feature-major layer computes what lstm.py does (float64, random everything)."""
    rng = np.random.default_rng(0)
    T, B, I, H = 5, 3, 4, 6
    params = {k: rng.normal(0, 0.5, s) for k, s in lstm.shapes(I, H).items()}
    x, dhs = rng.normal(size=(T, B, I)), rng.normal(size=(T, B, H))
    state = (rng.normal(size=(B, H)), rng.normal(size=(B, H)))
    hs, _, cache = lstm.forward(params, x, state)
    grads, dx, (dh0, dc0) = lstm.backward(dhs, cache)
    fm_hs, fm_cache = forward_feature_major(
        params, x.transpose(0, 2, 1).copy(), (state[0].T.copy(), state[1].T.copy())
    )
    fm_grads, fm_dx, fm_dh0, fm_dc0 = backward_feature_major(
        dhs.transpose(0, 2, 1).copy(), fm_cache
    )
    pairs = [(hs, fm_hs.transpose(0, 2, 1)), (dx, fm_dx.transpose(0, 2, 1)), (dh0, fm_dh0.T)]
    pairs += [(dc0, fm_dc0.T)] + [(grads[k], fm_grads[k]) for k in grads]
    for ours, theirs in pairs:
        np.testing.assert_allclose(theirs, ours, rtol=1e-12, atol=1e-12)


def best_cpu_ms(f, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.thread_time_ns()
        f()
        best = min(best, time.thread_time_ns() - t0)
    return best / 1e6


def measure(B: int, H: int, T: int, rounds: int) -> dict:
    rng = np.random.default_rng(0)
    params = lstm.init(rng, H, H, 1 / np.sqrt(H), np.float32)
    x = rng.standard_normal((T, B, H)).astype(np.float32)
    dhs = rng.standard_normal((T, B, H)).astype(np.float32)
    zero = np.zeros((B, H), np.float32)
    x_fm, dhs_fm = x.transpose(0, 2, 1).copy(), dhs.transpose(0, 2, 1).copy()
    zero_fm = np.zeros((H, B), np.float32)
    cache = lstm.forward(params, x, (zero, zero))[2]
    cache_fm = forward_feature_major(params, x_fm, (zero_fm, zero_fm))[1]
    h, W = x[0], params["W_h"]
    h_T, W_T = h.T.copy(), W.T.copy()
    d = rng.standard_normal((B, 4 * H)).astype(np.float32)
    d_T = d.T.copy()
    out = {k: np.empty(s, np.float32) for k, s in [("bg", (B, 4 * H)), ("gb", (4 * H, B))]}
    out |= {"bh": np.empty((B, H), np.float32), "hb": np.empty((H, B), np.float32)}
    steps = max(1, 2000 // T)  # products: repeat T-step loops, so each sample is ~ms long
    runs = {
        "product forward, batch-major": lambda: [
            np.matmul(h, W, out=out["bg"]) for _ in range(steps * T)
        ],
        "product forward, feature-major": lambda: [
            np.matmul(W_T, h_T, out=out["gb"]) for _ in range(steps * T)
        ],
        "product backward, batch-major": lambda: [
            np.matmul(d, W_T, out=out["bh"]) for _ in range(steps * T)
        ],
        "product backward, feature-major": lambda: [
            np.matmul(W, d_T, out=out["hb"]) for _ in range(steps * T)
        ],
        "layer forward, batch-major": lambda: lstm.forward(params, x, (zero, zero)),
        "layer forward, feature-major": lambda: forward_feature_major(
            params, x_fm, (zero_fm, zero_fm)
        ),
        "layer backward, batch-major": lambda: lstm.backward(dhs, cache),
        "layer backward, feature-major": lambda: backward_feature_major(dhs_fm, cache_fm),
    }
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):  # in turns, so that each sees the same load
        for name, f in runs.items():
            best[name] = min(best[name], best_cpu_ms(f, 2))
    return {  # µs per time step
        name: value * 1e3 / (steps * T if name.startswith("product") else T)
        for name, value in best.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shapes", default=SHAPES, help="BxHxT,... (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=6, help="Timing rounds, in turns.")
    options = parser.parse_args()
    check_feature_major()
    print(
        f"load average {os.getloadavg()[0]:.2f}; µs per time step, thread CPU time, one BLAS thread"
    )
    print()
    print("| B, H, T | part | batch-major | feature-major | ratio |")
    print("|---|---|---|---|---|")
    with resources.blas_threads(1):
        for shape in options.shapes.split(","):
            B, H, T = (int(v) for v in shape.split("x"))
            found = measure(B, H, T, options.rounds)
            for part in ("product forward", "product backward", "layer forward", "layer backward"):
                ours, theirs = found[f"{part}, batch-major"], found[f"{part}, feature-major"]
                print(
                    f"| {B}, {H}, {T} | {part} | {ours:,.1f} | {theirs:,.1f} "
                    f"| {theirs / ours:.2f} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
