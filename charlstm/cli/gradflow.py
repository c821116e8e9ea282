"""charlstm gradflow: how far back each model's loss reaches."""

from __future__ import annotations

import json

import click

from charlstm import checkpoint, gradflow, viz
from charlstm import corpus as corpus_mod
from charlstm import plot as plot_mod
from charlstm.cli.options import CHECKPOINT, Suffix, unknown_option


@click.command("gradflow")
@click.argument("ckpts", nargs=-1, required=True, metavar="CKPT...", type=CHECKPOINT)
@click.option(
    "--text",
    "text_path",
    metavar="FILE",
    help="Text to measure on [default: each checkpoint's validation split, as eval].",
)
@click.option(
    "--max-k",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Largest k (steps back).",
)
@click.option(
    "--positions",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Positions t to average over.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object with every k.")
@click.option(
    "--out",
    type=Suffix(*plot_mod.FORMATS),
    metavar="FILE.png|FILE.svg",
    help="Also draw the curves (needs matplotlib).",
)
@unknown_option("characters of the text")
def gradflow_cmd(ckpts, text_path, max_k, positions, as_json, out, unknown):
    """How far back the loss reaches: the norm of ∂loss_t/∂h_{t−k}, the gradient of one
    prediction's loss with respect to the hidden state k steps earlier, for k = 0 … K,
    averaged over positions t spread over the text (its first 50,000 characters). For a
    stacked model h is the top layer's. In a vanilla RNN it vanishes within a few dozen
    steps; an LSTM's cell state can carry it much further.

    \b
    Examples:
      charlstm gradflow runs/compare/rnn/best.npz runs/compare/lstm/best.npz --out flow.png
      charlstm gradflow best.npz --text input.txt --max-k 50 --json
    """
    results = []
    for path in ckpts:
        model_ckpt = checkpoint.load(path)
        ids, source = corpus_mod.ids_to_score(
            model_ckpt, text_path, unknown, flag="--text", name=path
        )
        cell = model_ckpt.config.model.cell
        result = gradflow.flow(model_ckpt.model, ids, max_k=max_k, positions=positions)
        results.append({"checkpoint": path, "cell": cell, "text": source, **result})
    cells = [r["cell"] for r in results]
    labels = [
        c if cells.count(c) == 1 else f"{c} ({r['checkpoint']})"
        for c, r in zip(cells, results, strict=True)
    ]
    if out:
        viz.gradflow_plot(list(zip(labels, results, strict=True)), out)
        click.echo(f"wrote {out}", err=True)
    if as_json:
        click.echo(json.dumps({"max_k": max_k, "results": results}))
        return
    for label, r in zip(labels, results, strict=True):
        click.echo(f"{label}: {r['checkpoint']}, {r['positions']} positions in {r['text']}")
    shown = [k for k in (0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if k < max_k] + [max_k]
    width = max(12, *(len(label) for label in labels))
    click.echo("k".rjust(6) + "".join(label.rjust(width + 2) for label in labels))
    for k in shown:
        click.echo(f"{k:6d}" + "".join(f"{r['grad_norm'][k]:{width + 2}.3e}" for r in results))
