"""A sweep's results: one row per trial read back from its run directory, a summary over
seeds, the best trial and setting, DIR/sweep.md, DIR/sweep.json and a figure of the curves."""

from __future__ import annotations

import functools
import json
import math
import os

import numpy as np

from charlstm import metrics, tables
from charlstm import plot as plot_mod
from charlstm.errors import CharlstmError
from charlstm.sweep.planning import Trial
from charlstm.text import write_text


def _curves(run_dir: str) -> dict:
    """plot.curves of a trial's metrics.jsonl (a CharlstmError as run.read_metrics gives).
    The line printed as the trial ends, the results table and the figure all need them: the
    file is read and parsed once, and again only once it has changed."""
    try:
        found = os.stat(os.path.join(run_dir, "metrics.jsonl"))
    except OSError:
        return plot_mod.curves(metrics.read(run_dir))  # raises the one-line error
    return _curves_of_file(run_dir, found.st_ino, found.st_mtime_ns, found.st_size)


@functools.lru_cache(maxsize=1024)
def _curves_of_file(run_dir: str, inode: int, mtime_ns: int, size: int) -> dict:
    """_curves for one version of the file (its inode, modification time and size)."""
    return plot_mod.curves(metrics.read(run_dir))


def row(trial: Trial, out: str, outcome: dict) -> dict:
    """One trial's line of the table, read from its run directory."""
    run_dir = os.path.join(out, trial.name)
    steps, best, wall = 0, None, None
    try:
        c = _curves(run_dir)
    except CharlstmError:
        c = None
    if c is not None and len(c["step"]):
        steps = int(c["step"][-1])
        wall = round(float(c["time_s"][-1]), 1)
        finite = [v for v in c["val_loss"] if math.isfinite(v)]
        best = float(min(finite)) if finite else None
    best_path = os.path.join(run_dir, "best.npz")
    return {
        "name": trial.name,
        "varying": dict(trial.varying),
        "seed": trial.seed,
        "steps": steps,
        "best_val_loss": best,
        "wall_s": wall,
        "status": outcome.get("status", "not run"),
        "error": outcome.get("error"),
        "node": outcome.get("node"),
        "run_dir": run_dir,
        "checkpoint": best_path if os.path.exists(best_path) else None,
    }


def summarize(rows: list[dict]) -> list[dict]:
    """Rows grouped over seeds: {varying, seeds, mean, worst} of the best validation losses
    (mean and worst over the trials that have one), in the order of first appearance."""
    groups: dict = {}
    for r in rows:
        groups.setdefault(json.dumps(r["varying"], sort_keys=True), []).append(r)
    summary = []
    for members in groups.values():
        losses = [r["best_val_loss"] for r in members if r["best_val_loss"] is not None]
        summary.append(
            {
                "varying": members[0]["varying"],
                "seeds": len(members),
                "scored": len(losses),
                "mean": float(np.mean(losses)) if losses else None,
                "worst": float(max(losses)) if losses else None,
                "failed": sum(r["status"] == "failed" for r in members),
            }
        )
    return summary


def results(trials: list[Trial], out: str, outcomes: dict) -> dict:
    """Everything the sweep found: rows, summary over seeds, the best trial and setting."""
    rows = [row(t, out, outcomes.get(t.name, {})) for t in trials]
    summary = summarize(rows)
    scored = [r for r in rows if r["best_val_loss"] is not None and r["checkpoint"]]
    best = min(scored, key=lambda r: r["best_val_loss"]) if scored else None
    grouped = [g for g in summary if g["mean"] is not None]
    best_group = min(grouped, key=lambda g: g["mean"]) if grouped else None
    varying = list(trials[0].varying) if trials else []
    return {
        "varying": varying,
        "trials": rows,
        "summary": summary,
        "best": best,
        "best_mean": best_group,
    }


def _fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def markdown(found: dict) -> str:
    """The trial table, the summary over seeds and the best configuration, in markdown."""
    keys = found["varying"]
    trial_rows = []
    for r in found["trials"]:
        status = r["status"] + (f": {r['error']}" if r["error"] else "")
        cells = [r["name"], *(_fmt(r["varying"][k]) for k in keys), str(r["seed"]), str(r["steps"])]
        trial_rows.append([*cells, _fmt(r["best_val_loss"]), _fmt(r["wall_s"]), status])
    summary_rows = []
    for g in found["summary"]:
        seeds = f"{g['scored']}/{g['seeds']}" if g["scored"] != g["seeds"] else str(g["seeds"])
        summary_rows.append(
            [*(_fmt(g["varying"][k]) for k in keys), seeds, _fmt(g["mean"]), _fmt(g["worst"])]
        )
    lines = [
        tables.markdown(
            ["trial", *keys, "seed", "steps", "best val loss", "wall s", "status"], trial_rows
        ),
        tables.markdown([*keys, "seeds", "mean best val loss", "worst"], summary_rows),
    ]
    if found["best_mean"] is not None:
        setting = ", ".join(f"{k}={_fmt(v)}" for k, v in found["best_mean"]["varying"].items())
        lines.append(
            f"best setting: {setting or '(the base config)'} "
            f"(mean best val loss {found['best_mean']['mean']:.4f})"
        )
    if found["best"] is not None:
        lines.append(
            f"best trial: {found['best']['name']}, best val loss "
            f"{found['best']['best_val_loss']:.4f}, checkpoint {found['best']['checkpoint']}"
        )
    return "\n".join(lines) + "\n"


def write_results(found: dict, out: str) -> list[str]:
    """DIR/sweep.md, DIR/sweep.json and, with matplotlib, DIR/sweep.png (the validation
    curves); returns what could not be drawn (an empty list when all was written)."""
    write_text(os.path.join(out, "sweep.md"), markdown(found))
    write_text(os.path.join(out, "sweep.json"), json.dumps(found, indent=1))
    runs = []
    for r in found["trials"]:
        try:
            runs.append((r["name"], _curves(r["run_dir"])))
        except CharlstmError:
            continue
    if not runs:
        return ["no trial has metrics to draw"]
    try:
        plot_mod.draw(runs, os.path.join(out, "sweep.png"))
    except CharlstmError as e:  # matplotlib is an optional extra
        return [str(e)]
    return []


def unfinished(trials: list[Trial], outcomes: dict | None) -> list[str]:
    """The trials that have not ended (an interrupted sweep), by name."""
    outcomes = outcomes or {}
    return [
        t.name
        for t in trials
        if outcomes.get(t.name, {}).get("status", "not finished") == "not finished"
    ]


def finish(trials: list[Trial], out: str, outcomes: dict) -> tuple[dict, list[str]]:
    """The results of a sweep that ran (results), written into DIR (write_results); and what
    could not be drawn."""
    found = results(trials, out, outcomes)
    return found, write_results(found, out)


def progress_line(r: dict, done: int, total: int) -> str:
    """One line as a trial ends: [done/total] name: status, steps, best val loss, time."""
    if r["status"] == "failed":
        what = f"failed: {r['error']}"
    else:
        best = "–" if r["best_val_loss"] is None else f"{r['best_val_loss']:.4f}"
        what = f"{r['status']} at step {r['steps']}, best val loss {best}"
        if r["wall_s"] is not None:
            what += f", {r['wall_s']:.1f} s"
    return f"[{done}/{total}] {r['name']}: {what}"
