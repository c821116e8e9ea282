"""Figures: the one place matplotlib is set up (new_figure, save), and the training curves
from runs' metrics.jsonl, loss against step and against training time.

matplotlib is optional (the `plot` extra): it is imported only when a figure is drawn, so
the trainer runs on its four runtime dependencies.
"""

from __future__ import annotations

import warnings

import numpy as np

from charlstm.errors import CharlstmError

FORMATS = (".png", ".svg")


def new_figure(what: str, **kwargs):
    """A matplotlib Figure (constrained layout) on its own Agg canvas: non-interactive, no
    pyplot global state, no display. Without matplotlib, a one-line error naming what needed
    it and how to install it."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise CharlstmError(f"{what} needs matplotlib: pip install matplotlib") from None
    figure = Figure(layout="constrained", **kwargs)
    FigureCanvasAgg(figure)
    return figure


def save(figure, path: str) -> None:
    """Write the figure to path; the format (.png or .svg) follows the extension."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a glyph missing from the font is not an error
            figure.savefig(path)
    except OSError as e:
        raise CharlstmError(f"cannot write {path}: {e.strerror or e}") from None


def curves(records: list[dict]) -> dict:
    """(N,) arrays of a run's metrics records: step, train_loss and time_s for every record;
    val_step, val_loss and val_time_s for those with a validation loss.

    elapsed_s counts from the start of each invocation of `charlstm train`, so it starts again
    from zero when a run is resumed. Where it goes down, a new invocation began, and the time
    the earlier ones had reached is added: time_s is training time summed over invocations,
    leaving out the pauses between them. (A resumption after an invocation shorter than the
    new one's first log interval cannot be told apart; its time is then missing.)
    """
    time_s, offset, previous = [], 0.0, 0.0
    for record in records:
        if record["elapsed_s"] < previous:
            offset += previous
        previous = record["elapsed_s"]
        time_s.append(offset + previous)
    validated = [i for i, r in enumerate(records) if r.get("val_loss") is not None]
    time_s = np.array(time_s, dtype=np.float64)
    return {
        "step": np.array([r["step"] for r in records]),
        "train_loss": np.array([r["train_loss"] for r in records], dtype=np.float64),
        "time_s": time_s,
        "val_step": np.array([records[i]["step"] for i in validated], dtype=np.int64),
        "val_loss": np.array([records[i]["val_loss"] for i in validated], dtype=np.float64),
        "val_time_s": time_s[validated],
    }


def draw(runs: list[tuple[str, dict]], path: str) -> None:
    """Write one figure of (label, curves) pairs to path (.png or .svg): loss against step on
    the left, against training time on the right; one colour per run, training loss thin,
    validation loss dashed with dots."""
    figure = new_figure("charlstm plot", figsize=(11, 4.5))
    from matplotlib.ticker import MaxNLocator

    by_step, by_time = figure.subplots(1, 2, sharey=True)
    for n, (label, c) in enumerate(runs):
        colour = f"C{n % 10}"
        for axes, x, val_x in ((by_step, "step", "val_step"), (by_time, "time_s", "val_time_s")):
            axes.plot(c[x], c["train_loss"], color=colour, lw=1, alpha=0.6, label=f"{label} train")
            if len(c["val_loss"]):
                axes.plot(
                    c[val_x],
                    c["val_loss"],
                    color=colour,
                    lw=1.5,
                    ls="--",
                    marker="o",
                    ms=3,
                    label=f"{label} validation",
                )
    validation = [v for _, c in runs for v in c["val_loss"]]
    if validation:
        # Zoom on the validation range: the first training losses (≈ ln V) would squash the
        # part of the curves worth reading into a flat line at the bottom.
        low = min(min(validation), *(min(c["train_loss"], default=np.inf) for _, c in runs))
        high = max(validation)
        margin = 0.08 * (high - low) or 0.05
        by_step.set_ylim(low - margin, high + 2 * margin)
    by_step.set_xlabel("step")
    by_step.xaxis.set_major_locator(MaxNLocator(integer=True))
    by_step.set_ylabel("loss (nats per character)")
    by_time.set_xlabel("training time (s, summed over resumed invocations)")
    for axes in (by_step, by_time):
        axes.grid(alpha=0.3)
    by_step.legend(fontsize="small")
    save(figure, path)
