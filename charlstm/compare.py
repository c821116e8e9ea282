"""Comparing the cells: a sweep over model.cell, with probe scoring on top.

Each cell gets its own best learning rate and several seeds, so that the table speaks about
the cells and not about one seed and one learning rate:

1. a learning-rate sweep, cells × lrs at the first seed with the full budget
   (DIR/lr-sweep/<cell>-lr<lr>/); each cell takes the lr whose model carries the country
   best on selection probes (selection_accuracy: stories of the training grammar, never the
   probes the tables report), the lower validation loss breaking a tie. Not the validation
   loss alone, nor a shorter budget: on the project's corpus the LSTM's first seed at 1e-2
   had the lowest loss and carried the country in 82 % of the selection probes at a
   quarter of the budget, then lost the rule by its end (docs/sweep.md, "charlstm compare");
2. the other seeds at each cell's lr (DIR/<cell>-seed<k>/; DIR/<cell>-seed0 is a link to
   the sweep's run at that lr); with average_from, each run's model is the mean of its kept
   checkpoints from that step on (averaged.npz in the run, as make demo's), else its
   best.npz;
3. every model of step 2 scored on the probe files, by distance bin, read after a story and
   from a zero state as charlstm eval reads them (probes.score_readings): the mean and the
   worst over seeds (DIR/compare.md, DIR/compare.json, DIR/accuracy.png), and how far back
   each cell's loss reaches (DIR/gradflow.json, DIR/gradflow.png).

Both sweeps run on Ray Tune when it is installed (sweep.run_ray), else one trial after
another in this process (sweep.run_local). Running the same command again continues where
it stopped and trains no finished trial again.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

from charlstm import checkpoint, compare_report, evaluate, sweep
from charlstm import config as config_mod
from charlstm import probes as probes_mod
from charlstm import run as run_mod
from charlstm.cells import CELLS
from charlstm.errors import CharlstmError
from charlstm.longdep import layout, probing
from charlstm.text import Vocab, read_text, write_text

DEFAULT_CELLS = ("lstm", "gru", "peephole", "coupled", "rnn")
DEFAULT_LRS = (1e-3, 3e-3, 1e-2)
DEFAULT_SEEDS = 3
# the learning-rate choice's probes: this many stories in each distance bin to 1,600, drawn
# with a seed of their own (the reported probes are drawn with layout.DEFAULT_SEED + 1)
SELECTION_PER_BIN = 12
SELECTION_SEED = 1001
PLAN = "compare-plan.json"
LR_SWEEP = "lr-sweep"


def resource(relative: str) -> str:
    """A file shipped with charlstm (package data), so the defaults work from any directory.
    The generated corpus is not one: whatever a checkout's make data left is not looked up
    (compare writes the same bytes into DIR when the current directory lacks it)."""
    name = Path(relative).name
    candidates = [
        resources.files("charlstm") / "configs" / name,
        resources.files("charlstm") / "data" / name,
    ]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    raise CharlstmError(f"{relative} is not installed with charlstm; give its path instead")


def _corpus(config_path: str, data: str | None, out: str, default_config: bool) -> str | None:
    """The corpus for the runs: --data, else the config's data.path (None: use it as it
    is), where a relative path that is not in the current directory is looked up among
    charlstm's own files; for the default config, whose corpus is generated (make data),
    DIR/longdep.txt, which write_project_corpus makes if it is not there yet."""
    if data:
        return data
    path = config_mod.resolve(config_path, []).data.path
    if not path or os.path.isabs(path) or os.path.exists(path):
        return None
    try:
        return resource(path)
    except CharlstmError:
        if default_config:
            return os.path.join(out, os.path.basename(path))
        raise CharlstmError(
            f"the config's corpus {path} is not here nor installed with charlstm: give "
            "--data FILE (charlstm data longdep --out FILE writes the project's)"
        ) from None


def write_project_corpus(path: str) -> None:
    """The long-dependency corpus, the same bytes as `make data` writes (layout.project_corpus;
    tests/test_compare.py pins its hash to the one tests/test_longdep.py pins for make data)."""
    project_config = config_mod.resolve(resource(layout.PROJECT_CONFIG), [])
    write_text(path, layout.project_corpus(project_config))


def parse_cells(cells) -> list[str]:
    names = (
        [c.strip() for c in cells.split(",") if c.strip()]
        if isinstance(cells, str)
        else list(cells)
    )
    unknown = [c for c in names if c not in CELLS] or ([] if names else ["(none)"])
    if unknown:
        raise CharlstmError(f"unknown cell {unknown[0]!r}; choose from {', '.join(CELLS)}")
    if len(set(names)) != len(names):
        raise CharlstmError("--cells names a cell twice")
    return names


def _read_probes(paths, vocab: Vocab | None, unknown: str) -> list[tuple[str, str, str]]:
    """[(label, path, text)]; each file is checked before anything trains, against the
    corpus's vocabulary (the models' own) with the --unknown policy, or where the corpus is
    yet to be generated against its own characters."""
    found = []
    for path in paths:
        text = read_text(path, what="probe file")
        probes_mod.parse(text, path, vocab or Vocab.from_text(text), unknown)
        found.append((Path(path).stem, path, text))
    return found


def _check_corpus(base) -> Vocab | None:
    """The corpus read, its vocabulary made and cut as every run will cut it, before anything
    trains; None when it is the project's corpus still to be generated."""
    path = base.data.path
    if not os.path.exists(path):
        return None
    text = read_text(path)
    vocab = Vocab.from_text(text)
    d, t = base.data, base.train
    try:
        run_mod.cut(vocab.encode(text), d.val_fraction, d.test_fraction, t.batch_size, t.seq_len)
    except CharlstmError as e:
        raise CharlstmError(f"{path}: {e}") from None
    return vocab


def compare(
    *,
    out: str,
    config_path: str | None = None,
    cells=DEFAULT_CELLS,
    overrides=(),
    data: str | None = None,
    lrs=DEFAULT_LRS,
    seeds: int = DEFAULT_SEEDS,
    max_steps: int | None = None,
    max_time: float | None = None,
    probe_paths=(),
    average_from: int | None = None,
    overwrite: bool = False,
    use_ray: bool | None = None,
    address: str | None = None,
    cpus_per_trial: int = 1,
    unknown: str = "error",
    progress=None,
    echo=print,
) -> dict:
    """Run the comparison into out; returns {"cells": …, "tables": {probe label: markdown},
    "text": the tables}. use_ray None: Ray Tune if installed, else one trial after another
    in this process. unknown: "skip" drops probe characters outside the corpus's vocabulary
    (as eval --unknown skip). Everything is checked before anything trains; the probes are
    not part of the comparison's identity, so a comparison stopped by a bad probe file
    continues, with no run trained again, once the file is fixed or another given."""
    names = parse_cells(cells)
    lrs = [float(lr) for lr in lrs]
    if not lrs or any(not lr > 0 for lr in lrs) or len(set(lrs)) != len(lrs):
        raise CharlstmError("--lrs must be distinct positive learning rates")
    if seeds < 1:
        raise CharlstmError("--seeds must be at least 1")
    default_config = config_path is None
    config_path = config_path or resource("configs/demo.yaml")  # the demo's recipe, one home
    data = _corpus(config_path, data, out, default_config)
    base = sweep.base_config(config_path, overrides, data, max_steps, max_time)
    _check_average_from(average_from, base)
    vocab = _check_corpus(base)
    probe_files = _read_probes(
        probe_paths or [resource("data/longdep_probes.jsonl")], vocab, unknown
    )
    identity = {
        "cells": names,
        "lrs": lrs,
        "seeds": seeds,
        "base": base.to_dict(),
        # how the learning rate is chosen: a comparison of an earlier way is another one
        "lr_choice": f"full budget, {SELECTION_PER_BIN} selection probes per bin",
    }
    _claim(out, identity, overwrite)
    if not os.path.exists(base.data.path) and default_config:
        echo(f"writing the project's long-dependency corpus (as make data does) to {data}")
        write_project_corpus(base.data.path)
    lr_trials = sweep.make_trials(
        base,
        [{"model.cell": cell, "train.lr": lr} for cell in names for lr in lrs],
        1,
        name=lambda point, seed: f"{point['model.cell']}-lr{point['train.lr']:g}",
    )
    run, stop = _runner(use_ray, address, cpus_per_trial, progress)
    try:
        lr_found, lr_outcomes = None, {}
        if len(lrs) > 1:
            lr_dir = os.path.join(out, LR_SWEEP)
            echo(
                f"learning-rate sweep: {len(lr_trials)} trials of {base.train.max_steps} "
                f"steps, the first seed -> {lr_dir}"
            )
            restore = sweep.prepare_directory(lr_dir, lr_trials, False, overwrite)
            lr_outcomes = run(lr_trials, lr_dir, restore)
            lr_found = _finish(lr_trials, lr_dir, lr_outcomes)
            chosen = choose_lrs(lr_found, names, average_from)
        else:
            chosen = dict.fromkeys(names, lrs[0])
        trials = []
        for cell in names:
            trials += sweep.make_trials(
                base,
                [{"model.cell": cell, "train.lr": chosen[cell]}],
                seeds,
                name=lambda point, seed: f"{point['model.cell']}-seed{seed}",
            )
        # with a sweep, the first seed's run at each cell's lr is the sweep's own run
        swept = [t for t in trials if lr_found and t.seed == base.train.seed]
        to_train = [t for t in trials if t not in swept]
        echo(
            "each cell's learning rate: "
            + ", ".join(f"{cell} {lr:g}" for cell, lr in chosen.items())
            + f"; {len(to_train)} more trials of {base.train.max_steps} steps -> {out}"
        )
        restore = sweep.prepare_directory(out, to_train, False, overwrite)
        outcomes = run(to_train, out, restore) if to_train else {}
        for t in swept:
            lr_name = f"{t.varying['model.cell']}-lr{t.varying['train.lr']:g}"
            _link(os.path.join(out, t.name), os.path.join(LR_SWEEP, lr_name))
            outcomes[t.name] = lr_outcomes[lr_name]
        found = _finish(trials, out, outcomes)
    finally:
        if stop is not None:
            stop()
    return compare_report.score(
        found, names, chosen, lr_found, probe_files, out, echo, average_from, seeds, unknown
    )


def _link(path: str, target: str) -> None:
    """path becomes a symbolic link to target (relative to path's directory), replacing an
    earlier link; a real directory there is refused rather than removed."""
    if os.path.islink(path):
        os.unlink(path)
    elif os.path.exists(path):
        raise CharlstmError(f"{path} is a run directory, not this comparison's; pass --overwrite")
    os.symlink(target, path)


def _check_average_from(average_from: int | None, base) -> None:
    """Averaging needs every validation's checkpoint from average_from to the end of a fixed
    step budget: refused before anything trains rather than after an hour of it. The kept
    checkpoints are the best train.keep_checkpoints by validation loss, so all of them
    survive only when there are at most that many validations."""
    if average_from is None:
        return
    train = base.train
    validations = -(-train.max_steps // train.eval_every)  # ceil: one more at the last step
    if train.keep_checkpoints < validations:
        raise CharlstmError(
            f"--average-from needs every validation's checkpoint: the runs keep "
            f"{train.keep_checkpoints} (train.keep_checkpoints) of their {validations} "
            f"(max_steps {train.max_steps} / eval_every {train.eval_every})"
        )
    if train.max_time > 0:
        raise CharlstmError(
            "--average-from needs runs of a fixed step budget, not --max-time "
            "(train.max_time), which may stop them before the step"
        )
    if average_from > train.max_steps:
        raise CharlstmError(
            f"--average-from {average_from} is past the budget of {train.max_steps} steps"
        )


def _claim(out: str, identity: dict, overwrite: bool) -> None:
    """DIR belongs to this comparison: the same command continues it; another one, or the
    runs of an earlier `compare` (DIR/<cell>, the layout of earlier versions), are refused
    without overwrite (sweep.claim_directory)."""

    def clear(occupied):
        for cell in occupied:
            for name in ("metrics.jsonl", "last.npz", "best.npz", "config.yaml"):
                target = os.path.join(out, cell, name)
                if os.path.exists(target):
                    os.unlink(target)

    plan_path = os.path.join(out, PLAN)
    previous = sweep.read_plan(plan_path)
    if isinstance(previous, dict) and previous.pop("probes", None) is not None:
        if previous == identity:  # an earlier version's plan, which also named the probes
            write_text(plan_path, json.dumps(identity, indent=1))
    sweep.claim_directory(out, PLAN, identity, CELLS, overwrite, "another comparison", clear)


def _runner(use_ray, address, cpus_per_trial, progress):
    """run(trials, out, restore) -> outcomes, on Ray (started here for every sweep of the
    comparison; stop() ends it) or one trial after another in this process."""
    if use_ray is None:
        use_ray = sweep.ray_available() or address is not None
    if not use_ray:
        return (lambda trials, out, restore: sweep.run_local(trials, out, progress)), None
    if not sweep.ray_available():
        raise CharlstmError(sweep.MISSING_RAY)
    ray = sweep.start_ray(address)

    def run(trials, out, restore):
        return sweep.run_ray(
            trials, out, restore=restore, cpus_per_trial=cpus_per_trial, progress=progress
        )

    return run, ray.shutdown


def _finish(trials, out, outcomes) -> dict:
    found, _ = sweep.finish(trials, out, outcomes)
    unfinished = sweep.report.unfinished(trials, outcomes)
    if unfinished:
        raise CharlstmError(
            f"the sweep in {out} stopped before {unfinished[0]} ended; run the same command "
            "again to continue it"
        )
    return found


def selection_probes(vocab) -> list[dict] | None:
    """The probes the learning rate is chosen by, parsed for vocab: SELECTION_PER_BIN stories
    of the training grammar in each distance bin to 1,600, read after a story; None when a
    model of this corpus cannot read them (another corpus's characters)."""
    bins = [(lo, hi) for lo, hi in evaluate.DISTANCE_BINS if hi is not None]
    try:
        records = probing.probes(SELECTION_PER_BIN, bins, SELECTION_SEED, alphabet=set(vocab.chars))
    except CharlstmError:
        return None
    parsed = probes_mod.parse(probes_mod.to_jsonl(records), "selection probes", vocab)
    return probes_mod.after_story(parsed, vocab) or parsed


def selection_accuracy(ckpt) -> float | None:
    """The share of selection_probes the checkpoint's model answers right (None: none)."""
    records = selection_probes(ckpt.vocab)
    if records is None:
        return None
    return probes_mod.score(ckpt.model, records)[probes_mod.DEFAULT_SET]["probe_accuracy"]


def choose_lrs(found: dict, names: list[str], average_from: int | None) -> dict:
    """{cell: lr}: each cell's learning rate of the sweep, the one whose model (the scored
    one, model_to_score) has the highest selection_accuracy, the lower best validation loss
    breaking a tie (and deciding alone where the probes cannot be read). Each row of found
    gains its "selection_accuracy"."""
    for r in found["trials"]:
        r["selection_accuracy"] = None
        if r["checkpoint"] is not None:
            model_path, _ = compare_report.model_to_score(r["run_dir"], average_from)
            r["selection_accuracy"] = selection_accuracy(checkpoint.load(model_path))
    chosen = {}
    for cell in names:
        rows = [
            r
            for r in found["trials"]
            if r["varying"]["model.cell"] == cell and r["best_val_loss"] is not None
        ]
        if not rows:
            raise CharlstmError(f"no {cell} run of the learning-rate sweep finished a validation")
        best = min(rows, key=lambda r: (-(r["selection_accuracy"] or 0.0), r["best_val_loss"]))
        chosen[cell] = float(best["varying"]["train.lr"])
    return chosen
