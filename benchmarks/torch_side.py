#!/usr/bin/env python3
"""The PyTorch side of `make bench`, run in the benchmark's own environment (never the
project's): prints one JSON object on stdout.

    torch_side.py train CONFIG   nn.LSTM training chars/s, with ../shared/bench/torch_reference.py's
                                 own bench_train (random windows, one-hot, Adam 2e-3, clip 5)
    torch_side.py sample         2×512 batch-1 sampling chars/s, torch_reference's bench_sample,
                                 on its default (oneDNN) path and with mkldnn disabled
    torch_side.py eval FILE      inference over a text at 2×512 in the same stream layout as
                                 `charlstm eval` (benchmarks/bench.py passes the layout)

The reference module is imported from --reference-dir (default ../shared/bench beside the
checkout), so that the numbers are those of the reference script itself.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REFERENCE = os.path.join(HERE, "..", "..", "shared", "bench")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["train", "sample", "eval"])
    parser.add_argument("args", nargs="*")
    parser.add_argument("--reference-dir", default=DEFAULT_REFERENCE)
    parser.add_argument("--data", required=True)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--warmup-s", type=float, default=3.0)
    parser.add_argument("--rep-s", type=float, default=5.0)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--streams", type=int, default=16)
    parser.add_argument("--burn-in", type=int, default=256)
    parser.add_argument("--chunk", type=int, default=256)
    options = parser.parse_args()

    sys.path.insert(0, os.path.abspath(options.reference_dir))
    import torch
    import torch_reference as ref

    if options.threads:
        torch.set_num_threads(options.threads)
    data, chars = ref.load_data(options.data)
    V = len(chars)
    result: dict = {"torch": torch.__version__, "threads": torch.get_num_threads()}
    if options.what == "train":
        L, H, B, T = ref.CONFIGS[options.args[0]]
        r = ref.bench_train(
            data, V, L, H, B, T, "onehot", options.warmup_s, options.rep_s, options.reps
        )
        result.update(chars_per_s=ref.median(r["rates"]), rates=r["rates"])
    elif options.what == "sample":
        for path, enabled in (("oneDNN", True), ("native", False)):
            with torch.backends.mkldnn.flags(enabled=enabled):
                s = ref.bench_sample(V)
            result[path] = ref.median(s["rates"])
    else:
        result.update(eval_text(ref, torch, options, chars))
    json.dump(result, sys.stdout)


def eval_text(ref, torch, options, chars) -> dict:
    """Mean NLL of a text under a random 2×512 nn.LSTM, fed as `streams` contiguous streams
    (stream s > 0 first reads `burn_in` unscored characters before its own part), in chunks
    of `chunk` steps with the state carried: the layout `charlstm eval` uses."""
    import torch.nn.functional as F

    text = open(options.args[0], encoding="utf-8").read()
    index = {c: i for i, c in enumerate(chars)}
    ids = torch.tensor([index[c] for c in text], dtype=torch.long)
    torch.manual_seed(0)
    net = ref.CharLSTM(len(chars), 512, 2).eval()
    count = len(ids) - 1
    S = options.streams
    per = count // S
    rows = []
    for s in range(S):
        lo, hi = s * per, (count if s == S - 1 else (s + 1) * per)
        start = max(0, lo - options.burn_in)
        rows.append((start, lo, hi))
    width = max(hi - start for start, lo, hi in rows)
    inputs = torch.zeros(S, width, dtype=torch.long)
    targets = torch.zeros(S, width, dtype=torch.long)
    weight = torch.zeros(S, width)
    for s, (start, lo, hi) in enumerate(rows):
        n = hi - start
        inputs[s, :n] = ids[start:hi]
        targets[s, :n] = ids[start + 1 : hi + 1]
        weight[s, lo - start : n] = 1.0
    t0 = time.perf_counter()
    total = 0.0
    with torch.inference_mode():
        state = None
        for c0 in range(0, width, options.chunk):
            logits, state = net(inputs[:, c0 : c0 + options.chunk], state)
            nll = F.cross_entropy(
                logits.reshape(-1, logits.shape[-1]),
                targets[:, c0 : c0 + options.chunk].reshape(-1),
                reduction="none",
            )
            total += float((nll * weight[:, c0 : c0 + options.chunk].reshape(-1)).sum())
    seconds = time.perf_counter() - t0
    return {
        "chars": count,
        "seconds": seconds,
        "chars_per_s": count / seconds,
        "loss": total / count,
    }


if __name__ == "__main__":
    main()
