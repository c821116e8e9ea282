"""charlstm train: train a model, with a progress bar; Ctrl-C saves and exits."""

from __future__ import annotations

import os
import signal
import sys

import click
from tqdm import tqdm

from charlstm import messages
from charlstm import run as run_mod
from charlstm.cli.interrupt import EXIT_INTERRUPTED
from charlstm.config import CELLS
from charlstm.invocation import program

EXIT_BY_SIGNAL = {signal.SIGINT: EXIT_INTERRUPTED, signal.SIGTERM: 143}


@click.command()
@click.option("--config", "config_path", metavar="FILE.yaml", help="YAML config (see configs/).")
@click.option("--data", metavar="FILE", help="UTF-8 training text (sets data.path).")
@click.option(
    "--out",
    metavar="DIR",
    help="Run directory [default: runs/<data file name>, or the resumed run's].",
)
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override one config key, e.g. --set model.hidden=256. Repeatable.",
)
@click.option(
    "--resume", metavar="CKPT", help="Continue the run saved in CKPT (config from the checkpoint)."
)
@click.option("--max-steps", type=int, help="Total optimizer steps of the run (train.max_steps).")
@click.option(
    "--max-time",
    type=float,
    metavar="SECONDS",
    help="Stop after this much wall time (train.max_time).",
)
@click.option("--seed", type=int, help="Random seed (train.seed).")
@click.option("--cell", type=click.Choice(CELLS), help="Recurrent cell (model.cell).")
@click.option("--layers", type=int, help="Stacked layers (model.layers).")
@click.option("--hidden", type=int, help="Units per layer (model.hidden).")
@click.option("--lr", type=float, help="Learning rate (train.lr).")
@click.option("--batch-size", type=int, help="Parallel streams per batch (train.batch_size).")
@click.option("--seq-len", type=int, help="Steps of backpropagation through time (train.seq_len).")
@click.option("--overwrite", is_flag=True, help="Replace a run already in --out.")
@click.option(
    "--fine-tune",
    is_flag=True,
    help="With --resume: a new run on --data starting from the checkpoint's weights and "
    "vocabulary (characters outside it are dropped).",
)
def train(
    config_path,
    data,
    out,
    overrides,
    resume,
    max_steps,
    max_time,
    seed,
    cell,
    layers,
    hidden,
    lr,
    batch_size,
    seq_len,
    overwrite,
    fine_tune,
):
    """Train a model; writes config.yaml, metrics.jsonl, last.npz and best.npz into the run
    directory. Ctrl-C saves last.npz and says how to resume.

    \b
    Examples:
      charlstm train --data data/longdep.txt
      charlstm train --config configs/shakespeare.yaml --data input.txt --max-time 300
      charlstm train --data input.txt --set model.layers=3 --set train.lr=1e-3
      charlstm train --data input.txt --layers 3 --hidden 256 --lr 2e-3 --seq-len 100
      charlstm train --data input.txt --set train.workers=2    # one process per core
      charlstm train --resume runs/input/last.npz --max-steps 20000
      charlstm train --resume runs/input/best.npz --fine-tune --data mine.txt --out runs/mine
    """
    settings = {
        "model.cell": cell,
        "model.layers": layers,
        "model.hidden": hidden,
        "train.lr": lr,
        "train.batch_size": batch_size,
        "train.seq_len": seq_len,
    }
    spec = run_mod.RunSpec(
        config_path=config_path,
        overrides=tuple(overrides),
        data=data,
        out=out,
        resume=resume,
        max_steps=max_steps,
        max_time=max_time,
        seed=seed,
        overwrite=overwrite,
        fine_tune=fine_tune,
        settings=settings,
    )
    run = run_mod.prepare(spec)
    train_with_progress(run)


def train_with_progress(run: run_mod.Run) -> None:
    """Train with a progress bar; on SIGINT / SIGTERM save and exit 130 / 143."""
    click.echo(messages.describe(run), err=True)
    first_step = run.state.step
    received = []

    def on_signal(signum, frame):
        received.append(signum)

    previous = {s: signal.signal(s, on_signal) for s in EXIT_BY_SIGNAL}
    bar = tqdm(
        total=run.config.train.max_steps,
        initial=run.state.step,
        unit="step",
        dynamic_ncols=True,
        disable=None,
    )
    postfix = {}
    try:
        for event in run_mod.events(run, stop=lambda: bool(received)):
            bar.update(event["step"] - bar.n)
            if event["event"] == "stopped":
                break
            postfix.update(
                train=f"{event['train_loss']:.3f}", chars_s=f"{event['chars_per_s']:,.0f}"
            )
            if event["event"] == "eval":
                postfix["val"] = f"{event['val_loss']:.3f}"
                best = " (best)" if event["is_best"] else ""
                bar.write(
                    f"step {event['step']}: val loss {event['val_loss']:.4f}{best}", file=sys.stderr
                )
                if event["sample"]:
                    bar.write(event["sample"].rstrip("\n") + "\n" + "-" * 40, file=sys.stderr)
            bar.set_postfix(postfix, refresh=False)
    finally:
        bar.close()
        for s, handler in previous.items():
            signal.signal(s, handler)
    last = os.path.join(run.out, "last.npz")
    if received:
        click.echo(
            f"interrupted at step {run.state.step}; saved {last}; continue with: "
            f"{program()} train --resume {last}",
            err=True,
        )
        sys.exit(EXIT_BY_SIGNAL.get(received[0], EXIT_INTERRUPTED))
    click.echo(messages.closing_message(run, first_step), err=True)
