"""Training a sweep's trials: one trial with the project's one training path (run.prepare
and run.events), reporting each validation as it comes; and all of them one after another
in this process (run_local). ray_runner.run_ray runs train_trial on Ray Tune instead."""

from __future__ import annotations

import math
import os
from dataclasses import replace

from charlstm import config as config_mod
from charlstm import resources
from charlstm import run as run_mod
from charlstm.errors import CharlstmError
from charlstm.sweep.planning import ERROR_FILE, Trial
from charlstm.sweep.report import row
from charlstm.text import write_text


def train_trial(trial: Trial | dict, out: str, report, cores: int | None = None) -> None:
    """Train one trial into DIR/<name> with the project's training path, calling
    report(metrics) at every validation. A run directory that already has last.npz (an
    interrupted trial) is continued from it. cores: how many the trial holds, when it
    shares the machine with others (train.workers = auto counts these, not the machine's).
    A CharlstmError is also written to DIR/<name>/error.txt, for the table, and raised."""
    trial = Trial(**trial) if isinstance(trial, dict) else trial
    if cores is not None and trial.config["train"]["workers"] == "auto":
        m, t = trial.config["model"], trial.config["train"]
        workers = resources.worker_count(m["hidden"], t["batch_size"], available=cores)
        trial = replace(trial, config={**trial.config, "train": {**t, "workers": workers}})
    run_dir = os.path.join(out, trial.name)
    last = os.path.join(run_dir, "last.npz")
    try:
        if os.path.exists(last):
            run = run_mod.prepare(run_mod.RunSpec(resume=last, out=run_dir))
        else:
            os.makedirs(run_dir, exist_ok=True)
            config_path = os.path.join(run_dir, "config.yaml")
            write_text(config_path, config_mod.to_yaml(config_mod.from_dict(trial.config)))
            spec = run_mod.RunSpec(config_path=config_path, out=run_dir, overwrite=True)
            run = run_mod.prepare(spec)
        if os.path.exists(os.path.join(run_dir, ERROR_FILE)):
            os.unlink(os.path.join(run_dir, ERROR_FILE))
        # A validation is reported when the next event comes (at most train.log_every steps
        # later) or the loop ends, so the last one is marked final by the loop's own
        # stopping rules (steps, time, epochs), whichever ended it.
        pending, reported = None, False
        for event in run_mod.events(run):
            if pending is not None:
                report({**pending, "final": False})
                pending, reported = None, True
            if event["event"] == "eval":
                pending = {k: event[k] for k in ("val_loss", "train_loss", "step")}
        if pending is not None:
            report({**pending, "final": True})
        elif not reported:  # the run was already complete: report where it stands
            best = run.state.best_val
            report(
                {
                    "val_loss": best if best is not None else math.inf,
                    "step": run.state.step,
                    "final": True,
                }
            )
    except CharlstmError as e:
        try:
            write_text(os.path.join(run_dir, ERROR_FILE), f"{e}\n")
        except CharlstmError:
            pass
        raise


def run_local(trials: list[Trial], out: str, progress=None) -> dict:
    """Train the trials one after another in this process; {name: outcome}."""
    outcomes = {}
    for trial in trials:
        last: dict = {}
        try:
            train_trial(trial, out, last.update)
            outcome = {"status": "finished", "error": None}
        except CharlstmError as e:
            outcome = {"status": "failed", "error": str(e)}
        outcomes[trial.name] = outcome
        if progress:
            progress(row(trial, out, outcome), len(outcomes), len(trials))
    return outcomes
