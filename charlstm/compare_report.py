"""What a comparison found: every seed's model scored on the probe files (the mean and the
worst over seeds, by distance), how far back each cell's loss reaches, and DIR/compare.md,
DIR/compare.json, DIR/accuracy.png and DIR/gradflow.png. compare.py decides what to train."""

from __future__ import annotations

import json
import os

import numpy as np

from charlstm import averaging, checkpoint, gradflow, metrics, tables, viz
from charlstm import corpus as corpus_mod
from charlstm import probes as probes_mod
from charlstm.errors import CharlstmError
from charlstm.text import write_text

GRADFLOW_K = 200  # how far back the gradient-flow figure looks
AVERAGED = "averaged.npz"


def model_to_score(run_dir: str, average_from: int | None) -> tuple[str, list[int] | None]:
    """The checkpoint a run is scored by, and the steps averaged into it: the run's best.npz,
    or with average_from the mean of its kept checkpoints from that step on, written to
    run_dir/averaged.npz (again on every call: it is cheap, and always this run's; without
    average_from an earlier one is removed, so that no file outlives its comparison). The
    averaged steps must be every validation of the run from average_from on."""
    averaged_path = os.path.join(run_dir, AVERAGED)
    if average_from is None:
        if os.path.exists(averaged_path):
            os.unlink(averaged_path)
        return os.path.join(run_dir, "best.npz"), None
    steps = averaging.write_average([run_dir], average_from, averaged_path)
    validated = sorted(
        {
            r["step"]
            for r in metrics.read(run_dir)
            if r["val_loss"] is not None and r["step"] >= average_from
        }
    )
    if steps != validated:
        missing = sorted(set(validated) - set(steps))
        raise CharlstmError(
            f"{run_dir} lacks the checkpoints of steps {', '.join(map(str, missing))}, "
            f"validated from step {average_from} on; --average-from needs them all"
        )
    return averaged_path, steps


def score(
    found,
    names,
    chosen,
    lr_found,
    probe_files,
    out,
    echo,
    average_from=None,
    seeds=1,
    unknown="error",
) -> dict:
    """Probe accuracy of every seed's model (model_to_score), mean and worst over seeds per
    cell."""
    by_cell: dict = {
        cell: {"lr": chosen[cell], "seeds": {}, "steps": [], "lr_sweep": {}, "scored": {}}
        for cell in names
    }
    for r in lr_found["trials"] if lr_found else []:
        lr = r["varying"]["train.lr"]
        by_cell[r["varying"]["model.cell"]]["lr_sweep"][f"{lr:g}"] = {
            "best_val_loss": r["best_val_loss"],
            "selection_accuracy": r["selection_accuracy"],
        }
    flows = []
    parts = {}  # {label: (reading, set)}: which table is which, for the figure
    for r in found["trials"]:
        cell = r["varying"]["model.cell"]
        if r["checkpoint"] is None:
            raise CharlstmError(f"{r['run_dir']} has no best.npz ({r['status']})")
        model_path, averaged = model_to_score(r["run_dir"], average_from)
        ckpt = checkpoint.load(model_path)
        by_cell[cell]["scored"][str(r["seed"])] = {
            "checkpoint": model_path,
            "averaged_steps": averaged,
        }
        scores = {}  # {"reading: set": probe_accuracy result}, every set of every file
        for stem, probe_path, text in probe_files:
            records = probes_mod.parse(text, probe_path, ckpt.vocab, unknown)
            readings = probes_mod.score_readings(ckpt.model, records, ckpt.vocab)
            for reading, by_set in readings.items():  # the headline reading first
                for name, result in by_set.items():
                    set_name = stem if name == probes_mod.DEFAULT_SET else name
                    shown_set = set_name if len(probe_files) == 1 else f"{stem}: {set_name}"
                    label = f"{reading}: {shown_set}"
                    scores[label] = result
                    parts[label] = (reading, set_name)
        by_cell[cell]["seeds"][str(r["seed"])] = scores
        by_cell[cell]["steps"].append(r["steps"])
        if len(by_cell[cell]["seeds"]) == 1:  # how far back the loss reaches: the first seed
            ids, _ = corpus_mod.ids_to_score(ckpt, None, "error")
            # 200 characters back, or as far as a short validation text allows
            max_k = min(GRADFLOW_K, len(ids) - 2)
            flows.append((cell, gradflow.flow(ckpt.model, ids, max_k=max_k, positions=100)))
    tables = {}
    labels = list(next(iter(by_cell[names[0]]["seeds"].values())))
    note = model_note(by_cell, average_from)
    for label in labels:
        for cell in names:
            over = over_seeds([s[label] for s in by_cell[cell]["seeds"].values()])
            by_cell[cell].setdefault("mean", {})[label] = over["mean"]
            by_cell[cell].setdefault("worst", {})[label] = over["worst"]
        tables[label] = markdown_table(by_cell, label, note)
    text = "".join(f"### {label}\n\n{table}\n" for label, table in tables.items())
    write_text(os.path.join(out, "compare.md"), text)
    write_text(os.path.join(out, "compare.json"), json.dumps(by_cell, indent=1))
    write_text(os.path.join(out, "gradflow.json"), json.dumps(dict(flows)))
    shown = figure_label(parts, labels)
    try:
        viz.accuracy_plot(
            {cell: by_cell[cell]["mean"][shown] for cell in names},
            os.path.join(out, "accuracy.png"),
            worst={cell: by_cell[cell]["worst"][shown] for cell in names},
            title=f"Long-dependency probes ({shown}), {seeds} seeds per cell",
        )
        viz.gradflow_plot(flows, os.path.join(out, "gradflow.png"))
        echo(f"wrote {out}/accuracy.png and {out}/gradflow.png")
    except CharlstmError as e:  # matplotlib is an optional extra
        echo(f"no figures: {e}")
    return {"cells": by_cell, "tables": tables, "text": text}


def over_seeds(results: list[dict]) -> dict:
    """{"mean": …, "worst": …} of several seeds' probe_accuracy results, each shaped like
    one: the mean accuracy, and the lowest, in every bin and overall."""
    return {"mean": _reduced(results, np.mean), "worst": _reduced(results, np.min)}


def _reduced(results: list[dict], reduce) -> dict:
    """One probe_accuracy-shaped result whose accuracies are reduce() over the seeds."""
    bins = probes_mod.bin_names(dict(enumerate(results)))
    by_distance = {}
    for name in bins:
        values = [r["by_distance"][name]["accuracy"] for r in results if name in r["by_distance"]]
        n = results[0]["by_distance"].get(name, {}).get("n", 0)
        by_distance[name] = {"n": n, "accuracy": float(reduce(values))}
    return {
        "probe_accuracy": float(reduce([r["probe_accuracy"] for r in results])),
        "n": results[0]["n"],
        "by_distance": by_distance,
    }


def figure_label(parts: dict, labels: list[str]) -> str:
    """The table the accuracy figure draws: the out-of-distribution set (the harder test)
    read after a story (the headline), else from a zero state, else the first table."""
    for wanted in ((probes_mod.AFTER_STORY, "ood"), (probes_mod.ZERO_STATE, "ood")):
        for label in labels:
            if parts[label] == wanted:
                return label
    return labels[0]


def model_note(by_cell: dict, average_from: int | None) -> str:
    """What each seed's scored model is, for the tables' footnote."""
    if average_from is None:
        return "its best validation checkpoint"
    averaged = {
        tuple(scored["averaged_steps"]) for v in by_cell.values() for scored in v["scored"].values()
    }
    if len(averaged) == 1:
        (steps,) = averaged
        return f"the mean of its checkpoints at steps {steps[0]}-{steps[-1]} ({len(steps)})"
    return f"the mean of its checkpoints from step {average_from} on (compare.json: which)"


def markdown_table(by_cell: dict, label: str, note: str) -> str:
    """cells × distance bins: the mean accuracy over seeds, the worst seed in brackets, and
    a footnote that says so and what each seed's model is (model_note)."""
    means = {cell: v["mean"][label] for cell, v in by_cell.items()}
    bins = probes_mod.bin_names(means)
    rows = []
    for cell, v in by_cell.items():
        mean, worst = v["mean"][label], v["worst"][label]
        shown = []
        for name in bins:
            if name in mean["by_distance"]:
                m = mean["by_distance"][name]["accuracy"]
                w = worst["by_distance"][name]["accuracy"]
                shown.append(f"{m:.0%} ({w:.0%})")
            else:
                shown.append("–")
        steps = "/".join(map(str, sorted(set(v["steps"]))))
        overall = f"{mean['probe_accuracy']:.0%} ({worst['probe_accuracy']:.0%})"
        rows.append([cell, f"{v['lr']:g}", len(v["seeds"]), steps, *shown, overall])
    table = tables.markdown(["cell", "lr", "seeds", "steps", *bins, "all"], rows)
    return (
        table
        + "\nEach entry: mean accuracy over seeds (the worst seed); each seed's model is "
        + f"{note}.\n"
    )
