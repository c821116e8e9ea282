"""charlstm plot: loss curves of training runs."""

from __future__ import annotations

import click

from charlstm import metrics
from charlstm import plot as plot_mod
from charlstm.cli.options import Suffix, refuse_to_replace


@click.command()
@click.argument("run_dirs", nargs=-1, required=True, metavar="RUN_DIR...")
@click.option(
    "--out",
    type=Suffix(*plot_mod.FORMATS),
    default="loss.png",
    show_default=True,
    metavar="FILE.png|FILE.svg",
    help="Where to write the figure; the format follows the extension.",
)
@click.option("--overwrite", is_flag=True, help="Replace --out if it exists.")
def plot(run_dirs, out, overwrite):
    """Plot training and validation loss against step and against training time from each
    run's metrics.jsonl, all runs on one figure, labelled by run directory. Time is summed
    over the invocations of a resumed run. Needs matplotlib (pip install matplotlib).

    \b
    Examples:
      charlstm plot runs/demo
      charlstm plot runs/compare/lstm runs/compare/rnn --out lstm-vs-rnn.svg
    """
    refuse_to_replace(out, overwrite)
    runs = [(d.rstrip("/") or d, plot_mod.curves(metrics.read(d))) for d in run_dirs]
    plot_mod.draw(runs, out)
    click.echo(f"wrote {out}", err=True)
