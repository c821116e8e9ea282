#!/usr/bin/env python3
"""`make bench-quality`: validation loss against seconds on tiny Shakespeare, charlstm's
recommended config (configs/shakespeare.yaml) against ../shared/bench/torch_quality.py,
each for the same budget, one after the other on this machine; one figure with the curves.
PyTorch runs twice: torch_quality.py's defaults, and charlstm's recipe as far as its
options go (layers, width, batch, window, learning rate, dropout; it has no lr decay).

Both use the first 90% of the text for training and the last 10% for validation.
charlstm's budget is wall time including its validation passes (`charlstm train
--max-time`); torch_quality.py's budget counts training time only, so PyTorch gets the
slightly larger share. Both curves are drawn against their own clocks' seconds.

Usage:
  python benchmarks/quality.py --torch-python /path/to/torchenv/bin/python --seconds 600
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "data", "tinyshakespeare.txt")
DEFAULT_REFERENCE = os.path.join(ROOT, "..", "shared", "bench", "torch_quality.py")


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


def torch_curve(
    python: str, reference: str, data: str, seconds: float, out: str, name: str, args=()
) -> list[dict]:
    path = os.path.join(out, f"{name}.json")
    subprocess.run(
        [python, reference, "--data", data, "--budget-s", str(seconds), "--json", path, *args],
        check=True,
    )
    curve = json.load(open(path))["curve"]
    return [{"seconds": r["train_s"], "step": r["step"], "val_loss": r["val_loss"]} for r in curve]


def same_recipe_args(config_path: str) -> list[str]:
    """torch_quality.py options for the model and batch of a charlstm config."""
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
        "--dropout",
        str(model.get("dropout", 0.0)),
    ]


def plot(curves: dict, path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.2))
    for label, curve in curves.items():
        ax.plot([r["seconds"] for r in curve], [r["val_loss"] for r in curve], label=label)
    ax.set_xlabel("seconds of training")
    ax.set_ylabel("validation loss (nats/char)")
    ax.set_ylim(1.4, 2.6)
    ax.grid(alpha=0.3)
    ax.legend()
    ax.set_title("tiny Shakespeare, 2 cores")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--config", default=os.path.join(ROOT, "configs", "shakespeare.yaml"))
    parser.add_argument("--torch-python")
    parser.add_argument("--torch-quality", default=DEFAULT_REFERENCE)
    parser.add_argument("--out", default=os.path.join(ROOT, "runs", "bench"))
    options = parser.parse_args()
    os.makedirs(options.out, exist_ok=True)

    curves = {
        "charlstm": charlstm_curve(options.data, options.seconds, options.config, options.out)
    }
    if options.torch_python:
        reference = options.torch_python, options.torch_quality, options.data, options.seconds
        curves["PyTorch nn.LSTM (torch_quality.py)"] = torch_curve(
            *reference, options.out, "quality-torch"
        )
        # PyTorch also runs charlstm's recipe, as far as torch_quality.py's options go (it has
        # no learning-rate decay): the same layers, width, batch, window and learning rate.
        same = same_recipe_args(options.config)
        curves["PyTorch, charlstm's recipe"] = torch_curve(
            *reference, options.out, "quality-torch-same-recipe", same
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
        plot(curves, os.path.join(options.out, "quality.png"))
        print("wrote", os.path.join(options.out, "quality.png"))
    except ImportError:
        print("matplotlib is missing: no figure (pip install 'charlstm[plot]')")


if __name__ == "__main__":
    main()
