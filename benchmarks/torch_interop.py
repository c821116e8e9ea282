#!/usr/bin/env python3
"""Load a charlstm checkpoint into PyTorch's nn.LSTM and compare the numbers.

Shows that checkpoint format v1 is what the README says: W_x = weight_ih.T, W_h = weight_hh.T,
b = bias_ih + bias_hh, gate blocks [i | f | g | o], head.W = Linear.weight.T. PyTorch is a
benchmark-only dependency; run this with an interpreter that has torch installed:

    python benchmarks/torch_interop.py runs/demo/best.npz --text "I grew up in France."
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
    return meta, lstm, head


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ckpt")
    ap.add_argument("--text", default="I grew up in France. I speak fluent French.")
    args = ap.parse_args()
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
