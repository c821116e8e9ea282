"""charlstm sweep: many training runs over a grid or sampled ranges, on Ray Tune."""

from __future__ import annotations

import os
import sys

import click

from charlstm import sweep as sweep_mod
from charlstm.cli.interrupt import EXIT_INTERRUPTED
from charlstm.errors import CharlstmError


@click.command("sweep")
@click.option("--config", "config_path", metavar="FILE.yaml", help="Base config of every trial.")
@click.option("--data", metavar="FILE", help="UTF-8 training text (sets data.path).")
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override a config key for every trial. Repeatable.",
)
@click.option(
    "--grid",
    multiple=True,
    metavar="KEY=V1,V2,…",
    help="Try each value of a config key; several --grid make every combination.",
)
@click.option(
    "--sample",
    "samples",
    multiple=True,
    metavar="KEY=LO:HI[:log]",
    help="Draw a number key uniformly (or log-uniformly) --num-samples times.",
)
@click.option(
    "--num-samples",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Points drawn from the --sample ranges (for every grid point).",
)
@click.option(
    "--seeds",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Seeds per configuration, counted from train.seed.",
)
@click.option("--max-steps", type=click.IntRange(min=1), help="Steps per trial (train.max_steps).")
@click.option(
    "--max-time",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Wall time per trial (train.max_time).",
)
@click.option(
    "--early-stop",
    is_flag=True,
    help="Stop trials whose validation loss trails the others' (ASHA); the table marks them.",
)
@click.option(
    "--address",
    envvar="RAY_ADDRESS",
    metavar="HOST:PORT",
    help="Join the Ray cluster whose head is there (default: $RAY_ADDRESS, else start Ray "
    "on this machine's cores, on loopback only).",
)
@click.option(
    "--cpus-per-trial",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Cores each trial holds; trials run side by side on the rest.",
)
@click.option(
    "--out",
    required=True,
    metavar="DIR",
    help="One run directory per trial, and sweep.md, sweep.json, sweep.png.",
)
@click.option("--overwrite", is_flag=True, help="Replace a different sweep already in DIR.")
def sweep(
    config_path,
    data,
    overrides,
    grid,
    samples,
    num_samples,
    seeds,
    max_steps,
    max_time,
    early_stop,
    address,
    cpus_per_trial,
    out,
    overwrite,
):
    """Train every combination of the --grid values (and --sample draws) × --seeds, each
    trial an ordinary run directory under DIR that sample, eval, plot and inspect read.
    Prints a line as each trial ends, then the table: every trial, the mean and worst over
    seeds, and the best configuration with its checkpoint (also in DIR/sweep.md and
    DIR/sweep.json; the validation curves in DIR/sweep.png). Running the same command
    again continues an interrupted sweep; finished trials are not run again.

    \b
    Examples:
      charlstm sweep --data input.txt --grid train.lr=1e-3,3e-3,1e-2 --seeds 2 \\
          --max-steps 2000 --out runs/lr
      charlstm sweep --data input.txt --grid model.hidden=64,128 \\
          --sample train.lr=1e-4:1e-2:log --num-samples 4 --early-stop --out runs/s
      charlstm sweep --address 10.0.0.5:6379 --config big.yaml --grid … --out /shared/runs/s
    """
    if not sweep_mod.ray_available():
        raise CharlstmError(sweep_mod.MISSING_RAY)
    trials = sweep_mod.plan(
        config_path, overrides, grid, samples, num_samples, seeds, data, max_steps, max_time
    )
    where = f"the Ray cluster at {address}" if address else "this machine"

    def progress(row, done, total):
        click.echo(sweep_mod.progress_line(row, done, total), err=True)

    outcomes = None
    try:
        # Ray first: an unreachable --address is one line (start_ray) before DIR is touched
        with sweep_mod.ray_running(address):
            restore = sweep_mod.prepare_directory(out, trials, early_stop, overwrite)
            again = " (continuing the sweep already there)" if restore else ""
            click.echo(f"sweep: {len(trials)} trials on {where} -> {out}{again}", err=True)
            outcomes = sweep_mod.run_ray(
                trials,
                out,
                restore=restore,
                early_stop=early_stop,
                cpus_per_trial=cpus_per_trial,
                progress=progress,
            )
    except KeyboardInterrupt:
        pass
    unfinished = sweep_mod.report.unfinished(trials, outcomes)
    if unfinished:
        click.echo(
            f"interrupted with {len(unfinished)} of {len(trials)} trials unfinished; run the "
            "same command again to continue",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    found, problems = sweep_mod.finish(trials, out, outcomes)
    for problem in problems:
        click.echo(f"no figure: {problem}", err=True)
    written = [
        n for n in ("sweep.md", "sweep.json", "sweep.png") if os.path.exists(os.path.join(out, n))
    ]
    click.echo(f"wrote {', '.join(os.path.join(out, n) for n in written)}", err=True)
    click.echo(sweep_mod.markdown(found), nl=False)
