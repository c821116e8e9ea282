#!/usr/bin/env python3
"""Load a charlstm checkpoint into PyTorch's nn.LSTM and compare the numbers.

Shows that checkpoint format v1 is what the README says: W_x = weight_ih.T, W_h = weight_hh.T,
b = bias_ih + bias_hh, gate blocks [i | f | g | o], head.W = Linear.weight.T. PyTorch is a
benchmark-only dependency; run this with an interpreter that has torch installed:

    python benchmarks/torch_interop.py runs/demo/best.npz --text "I grew up in France."

With --random LxH instead of a checkpoint, a random float32 model (65 characters, random
biases) scores random text in --streams streams of --length characters the way `charlstm
eval` does by default (the streams shared by two processes, parallel.Workers, one BLAS
thread each, so each process runs its share with the products eval runs), against nn.LSTM on
the same weights; it reports the mean loss of both and their relative difference:

    python benchmarks/torch_interop.py --random 2x512 --streams 128 --length 256
"""

import argparse
import json

import numpy as np
import torch

from charlstm import checkpoint


def to_torch(path):
    """nn.LSTM + nn.Linear holding the checkpoint's weights (one-hot input)."""
    with np.load(path, allow_pickle=False) as npz:
        meta = json.loads(str(npz["meta"]))
        arrays = {k: npz[k] for k in npz.files}
    cfg = meta["config"]["model"]
    V, H, L = len(meta["vocab"]), cfg["hidden"], cfg["layers"]
    assert cfg["embed_dim"] == 0 and cfg["cell"] == "lstm", "this example: one-hot input, LSTM"
    lstm, head = torch_modules(arrays, V, H, L)
    return meta, lstm, head


def torch_modules(arrays: dict, V: int, H: int, L: int):
    """nn.LSTM + nn.Linear holding charlstm's parameters ("params/<key>" arrays)."""
    lstm = torch.nn.LSTM(V, H, num_layers=L)
    head = torch.nn.Linear(H, V)
    with torch.no_grad():
        for l in range(L):
            getattr(lstm, f"weight_ih_l{l}").copy_(
                torch.from_numpy(arrays[f"params/layers.{l}.W_x"].T)
            )
            getattr(lstm, f"weight_hh_l{l}").copy_(
                torch.from_numpy(arrays[f"params/layers.{l}.W_h"].T)
            )
            getattr(lstm, f"bias_ih_l{l}").copy_(torch.from_numpy(arrays[f"params/layers.{l}.b"]))
            getattr(lstm, f"bias_hh_l{l}").zero_()
        head.weight.copy_(torch.from_numpy(arrays["params/head.W"].T))
        head.bias.copy_(torch.from_numpy(arrays["params/head.b"]))
    return lstm, head


def compare_scoring(shape: str, streams: int, length: int) -> float:
    """Mean loss of random text under a random model, charlstm's two-process scoring against
    nn.LSTM; returns their relative difference."""
    from charlstm import parallel, resources
    from charlstm.config import ModelConfig
    from charlstm.model import Model

    L, H = (int(v) for v in shape.lower().split("x"))
    V = 65
    rng = np.random.default_rng(0)
    net = Model.init(ModelConfig(layers=L, hidden=H), V, rng)
    for value in net.params.values():  # random biases too
        value += rng.uniform(-0.1, 0.1, value.shape).astype(value.dtype)
    ids = rng.integers(0, V, (length + 1, streams))
    with resources.computing(1), parallel.pool(2, net) as pool:
        nll, _ = pool.sequence_nll(ids[:-1], ids[1:], pool.zero_state(streams))
    ours = float(nll.astype(np.float64).mean())
    arrays = {f"params/{k}": v for k, v in net.params.items()}
    lstm, head = torch_modules(arrays, V, H, L)
    with torch.no_grad():
        x = torch.nn.functional.one_hot(torch.from_numpy(ids[:-1]), V).float()
        logits = head(lstm(x)[0])
        losses = torch.nn.functional.cross_entropy(
            logits.reshape(-1, V), torch.from_numpy(ids[1:]).reshape(-1), reduction="none"
        )
    theirs = float(losses.double().mean())
    relative = abs(ours - theirs) / abs(theirs)
    print(
        f"{L}x{H}, {streams} streams x {length} characters: charlstm {ours:.9f}, "
        f"PyTorch {theirs:.9f} nats/char, relative difference {relative:.2e}"
    )
    return relative


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ckpt", nargs="?")
    ap.add_argument("--text", default="I grew up in France. I speak fluent French.")
    ap.add_argument("--random", metavar="LxH", help="A random model instead of a checkpoint.")
    ap.add_argument("--streams", type=int, default=128)
    ap.add_argument("--length", type=int, default=256)
    args = ap.parse_args()
    if args.random:
        raise SystemExit(0 if compare_scoring(args.random, args.streams, args.length) < 1e-6 else 1)
    if not args.ckpt:
        ap.error("give a checkpoint, or --random LxH")
    meta, lstm, head = to_torch(args.ckpt)
    ckpt = checkpoint.load(args.ckpt)
    ids = ckpt.vocab.encode(args.text, unknown="skip")[:, None].astype(np.int64)  # (T, 1)
    net = ckpt.model
    ours, _, _ = net.forward(ids, net.zero_state(1))
    with torch.no_grad():
        x = torch.nn.functional.one_hot(torch.from_numpy(ids), len(meta["vocab"])).float()
        out, _ = lstm(x)
        theirs = head(out).numpy()
    diff = float(np.abs(ours - theirs).max())
    print(
        f"{len(ids)} positions, {ours.shape[-1]} logits each: max |charlstm - PyTorch| = "
        f"{diff:.2e} (float32)"
    )
    raise SystemExit(0 if diff < 1e-4 else 1)


if __name__ == "__main__":
    main()
