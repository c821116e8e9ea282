"""charlstm compare: the cells side by side on the long-dependency task (compare.py)."""

from __future__ import annotations

import click

from charlstm import compare as compare_mod
from charlstm import sweep as sweep_mod
from charlstm.cli.options import unknown_option


@click.command()
@click.option(
    "--config",
    "config_path",
    metavar="FILE.yaml",
    help="Shared config; model.cell and train.lr are set per run [default: the "
    "long-dependency config installed with charlstm].",
)
@click.option("--data", metavar="FILE", help="Training text [default: the config's data.path].")
@click.option(
    "--cells",
    default=",".join(compare_mod.DEFAULT_CELLS),
    show_default=True,
    help="Comma-separated cells to train.",
)
@click.option(
    "--lrs",
    default=",".join(f"{lr:g}" for lr in compare_mod.DEFAULT_LRS),
    show_default=True,
    metavar="LR,LR,…",
    help="Learning rates of the sweep (first seed, full budget) that picks each cell's, "
    "by selection probes of its own (one: no sweep).",
)
@click.option(
    "--seeds",
    default=compare_mod.DEFAULT_SEEDS,
    show_default=True,
    type=click.IntRange(min=1),
    help="Seeds per cell at its learning rate; the table gives their mean and worst.",
)
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override a config key for every run.",
)
@click.option(
    "--max-time",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Training time per run.",
)
@click.option("--max-steps", type=click.IntRange(min=1), help="Optimizer steps per run.")
@click.option(
    "--probes",
    "probe_paths",
    multiple=True,
    metavar="FILE.jsonl",
    help="Probes to score each model on; repeatable, one table each [default: the "
    "long-dependency probes installed with charlstm].",
)
@click.option(
    "--average-from",
    type=click.IntRange(min=0),
    metavar="STEP",
    help="Score each run by the mean of its kept checkpoints from STEP on "
    "(DIR/<cell>-seed<k>/averaged.npz, as charlstm average writes; the runs need "
    "train.keep_checkpoints) [default: each run's best.npz].",
)
@click.option(
    "--out",
    default="runs/compare",
    show_default=True,
    metavar="DIR",
    help="The runs (DIR/<cell>-seed<k>, DIR/lr-sweep/), compare.md and compare.json.",
)
@click.option("--overwrite", is_flag=True, help="Replace another comparison already in DIR.")
@click.option(
    "--local",
    is_flag=True,
    help="Train one run after another in this process, without Ray (the default when the "
    "sweep extra is not installed).",
)
@click.option(
    "--address",
    envvar="RAY_ADDRESS",
    metavar="HOST:PORT",
    help="Run on the Ray cluster whose head is there (see charlstm sweep).",
)
@click.option(
    "--cpus-per-trial",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Cores each run holds under Ray.",
)
@unknown_option("probe characters")
def compare(
    config_path,
    data,
    cells,
    lrs,
    seeds,
    overrides,
    max_time,
    max_steps,
    probe_paths,
    average_from,
    out,
    overwrite,
    local,
    address,
    cpus_per_trial,
    unknown,
):
    """Train each cell on the long-dependency corpus with its own best learning rate (a
    sweep over --lrs at the first seed, judged on selection probes of its own) and --seeds
    seeds, then print probe accuracy by distance: the mean over seeds and the worst seed
    (also in DIR/compare.md, the numbers in DIR/compare.json). Also measures how far back
    each cell's loss reaches (charlstm gradflow) into DIR/gradflow.json and, with
    matplotlib, draws DIR/accuracy.png and DIR/gradflow.png. Runs on Ray Tune when the
    sweep extra is installed. Running the same command again continues it; another
    comparison in DIR is refused without --overwrite.

    \b
    Examples:
      charlstm compare --average-from 8600        # make compare: the demo's recipe
      charlstm compare --max-steps 3000
      charlstm compare --cells lstm,rnn --seeds 2 --max-steps 500 --out runs/lstm-vs-rnn
    """
    try:
        learning_rates = [float(lr) for lr in lrs.split(",") if lr.strip()]
    except ValueError:
        raise click.BadParameter(f"not a list of numbers: {lrs!r}", param_hint="--lrs") from None
    found = compare_mod.compare(
        out=out,
        config_path=config_path,
        cells=cells,
        overrides=overrides,
        data=data,
        lrs=learning_rates,
        seeds=seeds,
        max_steps=max_steps,
        max_time=max_time,
        probe_paths=probe_paths,
        average_from=average_from,
        overwrite=overwrite,
        use_ray=False if local else None,
        address=address,
        cpus_per_trial=cpus_per_trial,
        unknown=unknown,
        progress=lambda row, done, total: click.echo(
            sweep_mod.progress_line(row, done, total), err=True
        ),
        echo=lambda line: click.echo(line, err=True),
    )
    click.echo(found["text"], nl=False)
