#!/usr/bin/env python3
"""`make bench-quality`: validation loss against seconds, charlstm's recommended config
(configs/shakespeare.yaml) against PyTorch's nn.LSTM (benchmarks/torch_reference.py
quality), each for the same budget, one after the other on this machine; one figure with
the curves. PyTorch runs twice: with the usual recipe for this size of text (2 × 256,
batch 64 × 128, Adam 2e-3, random windows), and with charlstm's (layers, width, batch,
window, learning rate and its step decay, dropout, data order).

Both use the first 90% of the text for training and the last 10% for validation, scored
as 16 contiguous streams from a zero state (charlstm's train.val_streams). Both budgets are
wall time with the validation passes included, as `charlstm train --max-time` counts it
(until 2026-12-01 PyTorch's counted its training steps only, which gave it the larger
share); both curves are drawn against those seconds.

Usage:
  python benchmarks/quality.py --data tinyshakespeare.txt --torch-python torchenv/bin/python
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DEFAULT_DATA = os.path.join(ROOT, "data", "longdep.txt")
REFERENCE = os.path.join(HERE, "torch_reference.py")


def charlstm_curve(data: str, seconds: float, config: str, out: str) -> list[dict]:
    run_dir = os.path.join(out, "quality-charlstm")
    subprocess.run(
        [
            os.path.join(os.path.dirname(sys.executable), "charlstm"),
            "train",
            "--config",
            config,
            "--data",
            data,
            "--out",
            run_dir,
            "--max-time",
            str(seconds),
            "--overwrite",
            "--set",
            "train.max_steps=1000000",
            "--set",
            "train.sample_length=0",
        ],
        check=True,
    )
    records = [json.loads(line) for line in open(os.path.join(run_dir, "metrics.jsonl"))]
    return [
        {"seconds": r["elapsed_s"], "step": r["step"], "val_loss": r["val_loss"]}
        for r in records
        if r.get("val_loss") is not None
    ]


def torch_curve(python: str, data: str, seconds: float, out: str, name: str, args=()) -> list:
    command = [python, REFERENCE, "quality", "--data", data, "--budget-s", str(seconds)]
    command += ["--burn-in", "0", *args]  # validation scored as charlstm scores it
    done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
    with open(os.path.join(out, f"{name}.json"), "w") as f:
        f.write(done.stdout)
    curve = json.loads(done.stdout)["curve"]
    return [{"seconds": r["wall_s"], "step": r["step"], "val_loss": r["val_loss"]} for r in curve]


def same_recipe_args(config_path: str) -> list[str]:
    """torch_reference.py quality options for the model, batch and schedule of a charlstm
    config (charlstm's defaults where the config leaves a key out). The biases stay
    nn.LSTM's own, two per gate (charlstm's train.bias_lr_scale 2): this run is PyTorch's
    best with the recipe, not a copy of charlstm's parametrization (that is --one-bias)."""
    import yaml

    with open(config_path, encoding="utf-8") as f:
        config = yaml.safe_load(f)
    model, train = config.get("model", {}), config.get("train", {})
    return [
        "--L",
        str(model.get("layers", 2)),
        "--H",
        str(model.get("hidden", 128)),
        "--B",
        str(train.get("batch_size", 32)),
        "--T",
        str(train.get("seq_len", 64)),
        "--lr",
        str(train.get("lr", 5e-3)),
        "--lr-decay",
        str(train.get("lr_decay", 1.0)),
        "--lr-decay-every",
        str(train.get("lr_decay_every", 1000)),
        "--dropout",
        str(model.get("dropout", 0.0)),
        "--order",
        train.get("order", "streams"),
    ]


def plot(curves: dict, path: str, title: str, cores: int) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.2))
    for label, curve in curves.items():
        ax.plot([r["seconds"] for r in curve], [r["val_loss"] for r in curve], label=label)
    ax.set_xlabel("seconds of training")
    ax.set_ylabel("validation loss (nats/char)")
    # the first validations (near log V) would flatten the rest of the curves
    later = [r["val_loss"] for curve in curves.values() for r in curve[len(curve) // 10 :]]
    ax.set_ylim(top=max(later) + 0.05 if later else None)
    ax.grid(alpha=0.3)
    ax.legend()
    ax.set_title(f"{title}, {cores} cores")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--config", default=os.path.join(ROOT, "configs", "shakespeare.yaml"))
    parser.add_argument("--torch-python")
    parser.add_argument("--out", default=os.path.join(ROOT, "runs", "bench"))
    options = parser.parse_args()
    os.makedirs(options.out, exist_ok=True)

    curves = {
        "charlstm": charlstm_curve(options.data, options.seconds, options.config, options.out)
    }
    if options.torch_python:
        reference = options.torch_python, options.data, options.seconds, options.out
        curves["PyTorch nn.LSTM, 2×256 B64 T128 Adam 2e-3"] = torch_curve(
            *reference, "quality-torch"
        )
        curves["PyTorch nn.LSTM, charlstm's recipe"] = torch_curve(
            *reference, "quality-torch-same-recipe", same_recipe_args(options.config)
        )
    with open(os.path.join(options.out, "quality.json"), "w") as f:
        json.dump(curves, f, indent=1)
    print()
    for label, curve in curves.items():
        best = min(curve, key=lambda r: r["val_loss"])
        print(
            f"{label}: best val loss {best['val_loss']:.4f} at {best['seconds']:.0f} s "
            f"(step {best['step']}); last {curve[-1]['val_loss']:.4f}"
        )
    try:
        title = os.path.basename(options.data)
        plot(curves, os.path.join(options.out, "quality.png"), title, os.cpu_count() or 1)
        print("wrote", os.path.join(options.out, "quality.png"))
    except ImportError:
        print("matplotlib is missing: no figure (pip install 'charlstm[plot]')")


if __name__ == "__main__":
    main()
