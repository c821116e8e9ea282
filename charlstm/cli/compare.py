"""charlstm compare: train each cell on the long-dependency corpus and score it."""

from __future__ import annotations

import json
import os

import click

from charlstm import checkpoint, evaluate, gradflow, viz
from charlstm import corpus as corpus_mod
from charlstm import probes as probes_mod
from charlstm import run as run_mod
from charlstm.cells import CELLS
from charlstm.cli.eval import format_probe_result
from charlstm.cli.train import train_with_progress
from charlstm.errors import CharlstmError
from charlstm.text import Vocab, read_text, write_text


@click.command()
@click.option(
    "--config",
    "config_path",
    default="charlstm/configs/longdep.yaml",
    show_default=True,
    metavar="FILE.yaml",
    help="Shared config; model.cell is set per run.",
)
@click.option(
    "--cells",
    default="lstm,gru,peephole,coupled,rnn",
    show_default=True,
    help="Comma-separated cells to train.",
)
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override a config key for every run.",
)
@click.option("--max-time", type=float, metavar="SECONDS", help="Training time per cell.")
@click.option("--max-steps", type=int, help="Optimizer steps per cell.")
@click.option(
    "--probes",
    "probes_path",
    default="charlstm/data/longdep_probes.jsonl",
    show_default=True,
    metavar="FILE.jsonl",
    help="Probes to score each model on.",
)
@click.option(
    "--out",
    default="runs/compare",
    show_default=True,
    metavar="DIR",
    help="One run directory per cell, and compare.md.",
)
@click.option(
    "--scored-only",
    is_flag=True,
    help="Train nothing: score the runs already in DIR/<cell> (e.g. trained side by side).",
)
def compare(config_path, cells, overrides, max_time, max_steps, probes_path, out, scored_only):
    """Train each cell with the same config and budget on the long-dependency corpus, then
    print probe accuracy by distance as a markdown table (also written to DIR/compare.md,
    with the numbers in DIR/compare.json). Also measures how far back each cell's loss
    reaches (charlstm gradflow) into DIR/gradflow.json and, with matplotlib, draws
    DIR/accuracy.png and DIR/gradflow.png. Each cell's run goes to DIR/<cell>, replacing an
    earlier one there.

    \b
    Examples:
      charlstm compare --max-time 180
      charlstm compare --cells lstm,rnn --max-steps 500 --out runs/lstm-vs-rnn
      charlstm compare --cells lstm,rnn --scored-only --out runs/lstm-vs-rnn
    """
    names = [c.strip() for c in cells.split(",") if c.strip()]
    unknown_cells = [c for c in names if c not in CELLS] or ([] if names else ["(none)"])
    if unknown_cells:
        raise CharlstmError(f"unknown cell {unknown_cells[0]!r}; choose from {', '.join(CELLS)}")
    results = {}
    probe_text = read_text(probes_path, what="probe file")
    # check the probe file before any training (its own characters stand in for a vocabulary)
    probes_mod.parse(probe_text, probes_path, Vocab.from_text(probe_text))
    flows = []  # how far back each trained cell's loss reaches, on its validation text
    for cell in names:
        best = os.path.join(out, cell, "best.npz")
        if scored_only:
            last = os.path.join(out, cell, "last.npz")  # the run's length, as when trained
            steps = checkpoint.load(last if os.path.exists(last) else best).step
        else:
            run = run_mod.prepare(
                config_path,
                [*overrides, f"model.cell={cell}"],
                None,
                os.path.join(out, cell),
                None,
                max_steps,
                max_time,
                None,
                True,
            )
            train_with_progress(run)
            steps = run.state.step
        ckpt = checkpoint.load(best)
        if ckpt.config.model.cell != cell:
            raise CharlstmError(f"{out}/{cell}/best.npz holds a {ckpt.config.model.cell}")
        records = probes_mod.parse(probe_text, probes_path, ckpt.vocab)
        results[cell] = evaluate.probe_accuracy(ckpt.model, records)
        results[cell]["steps"] = steps
        if not scored_only:
            click.echo(f"{cell}: {format_probe_result(results[cell])}", err=True)
        ids, _ = corpus_mod.ids_to_score(ckpt, None, "error")
        flows.append((cell, gradflow.flow(ckpt.model, ids, max_k=200, positions=100)))
    table = probes_mod.markdown_table(results)
    write_text(os.path.join(out, "compare.md"), table)
    write_text(os.path.join(out, "compare.json"), json.dumps(results, indent=1))
    write_text(os.path.join(out, "gradflow.json"), json.dumps(dict(flows)))
    try:
        viz.accuracy_plot(results, os.path.join(out, "accuracy.png"))
        viz.gradflow_plot(flows, os.path.join(out, "gradflow.png"))
        click.echo(f"wrote {out}/accuracy.png and {out}/gradflow.png", err=True)
    except CharlstmError as e:  # matplotlib is an optional extra
        click.echo(f"no figures: {e}", err=True)
    click.echo(table, nl=False)
