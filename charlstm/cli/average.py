"""charlstm average: one checkpoint whose weights are the mean of several of one run."""

from __future__ import annotations

import click

from charlstm import averaging
from charlstm.cli.options import refuse_to_replace


@click.command()
@click.argument("checkpoints", nargs=-1, required=True)
@click.option("--out", required=True, metavar="FILE.npz", help="Where to write the average.")
@click.option(
    "--from-step",
    default=0,
    show_default=True,
    type=click.IntRange(min=0),
    help="Only checkpoints of this step or later.",
)
@click.option("--overwrite", is_flag=True, help="Replace --out if it exists.")
def average(checkpoints, out, from_step, overwrite):
    """Average the weights of CHECKPOINTS (files, or run directories for the step…_val….npz
    checkpoints that train.keep_checkpoints keeps) into one checkpoint. Late in a run at a
    low learning rate the weights wander around a good point; their mean often lies nearer
    it than any one of them (make demo averages steps 8,600-9,600; docs/longdep.md).
    The result is sampled, scored and inspected like any checkpoint.

    \b
    Examples:
      charlstm average runs/demo --from-step 8600 --out runs/demo/averaged.npz
      charlstm average runs/a/step006600_val0.80.npz runs/a/step007200_val0.79.npz --out avg.npz
    """
    refuse_to_replace(out, overwrite)
    steps = averaging.write_average(list(checkpoints), from_step, out)
    click.echo(f"averaged {len(steps)} checkpoints (steps {', '.join(map(str, steps))}) -> {out}")
