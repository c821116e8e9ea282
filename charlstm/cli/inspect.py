"""charlstm inspect: show what a checkpoint holds."""

from __future__ import annotations

import json

import click
import yaml

from charlstm import summary
from charlstm.cli.options import CHECKPOINT
from charlstm.text import visible


@click.command()
@click.argument("ckpt", type=CHECKPOINT)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def inspect(ckpt, as_json):
    """Show what a checkpoint holds: format, cell, sizes, parameter counts, vocabulary,
    training position, best validation loss, corpus and the resolved config.

    \b
    Examples:
      charlstm inspect runs/demo/best.npz
      charlstm inspect runs/demo/last.npz --json
    """
    info = summary.summary(ckpt)
    click.echo(json.dumps(info) if as_json else format_summary(info))


def format_summary(info: dict) -> str:
    params, corpus, state = info["parameters"], info["corpus"], info["carried_state"]
    embedding = f"embedding {info['embed_dim']}" if info["embed_dim"] else "one-hot input"
    width = max(len(key) for key in params["arrays"])
    lines = [
        f"{info['path']}: {info['format']} checkpoint, format version {info['version']}, "
        f"{info['file_bytes']:,} bytes",
        f"model          {info['cell']}, {info['layers']} x {info['hidden']}, {embedding}, "
        f"{info['dtype']}",
        f"parameters     {params['total']:,}",
    ]
    for key, array in params["arrays"].items():
        shape = " x ".join(map(str, array["shape"]))
        lines.append(f"  {key:<{width}}  {shape:>12}  {array['count']:>10,}")
    vocab = "".join(visible(c) for c in info["vocab"])
    lines.append(f"vocabulary     {info['vocab_size']} characters: {vocab}")
    position = f"step {info['step']:,}, epoch {info['epoch']}, batch {info['batch']}"
    lines.append(f"training       {position}")
    best = info["best_val_loss"]
    lines.append("best val loss  " + (f"{best:.4f} nats/char" if best is not None else "none yet"))
    if isinstance(corpus, dict):  # sha256, chars and, since fine-tuning, dropped_chars
        fields = (f"{k} {v:,}" if type(v) is int else f"{k} {v}" for k, v in corpus.items())
        lines.append("corpus         " + ", ".join(fields))
    slots = ", ".join(info["optimizer_slots"]) or "none"
    carried = ", ".join(state["names"]) or "none"
    batch = f" (batch {state['batch']})" if state["batch"] is not None else ""
    lines.append(f"resume state   optimizer {slots}; carried state {carried}{batch}")
    lines += [f"meta {key}: {json.dumps(value)}" for key, value in info["other_meta"].items()]
    lines.append("config")
    lines += ["  " + line for line in yaml.safe_dump(info["config"], sort_keys=False).splitlines()]
    return "\n".join(lines)
