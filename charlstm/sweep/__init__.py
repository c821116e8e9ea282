"""Hyperparameter sweeps: many ordinary training runs, on Ray Tune when it is installed.

A sweep is three steps, one module each:

- planning.py, plan(): the list of trials, made and checked before anything starts. Each
  trial is a complete config and the name of its run directory, DIR/<name>/, which holds
  what any `charlstm train` run holds, so sample, eval, plot and inspect read it as any run.
- runner.py, run_local(): the trials one after another in this process; ray_runner.py,
  run_ray(): the trials on Ray Tune (this machine's cores, or a cluster), with ASHA early
  stopping if asked and Tuner.restore when the same sweep is run again. Both train a trial
  with the project's one training path (runner.train_trial: run.prepare and run.events).
- report.py, results(): one row per trial read back from the run directories, a summary
  over seeds, the best configuration, DIR/sweep.md, DIR/sweep.json and a figure.

ray is an optional extra (pip install 'charlstm[sweep]'): only ray_runner imports it.
"""

from charlstm.sweep import planning, ray_runner, report, runner
from charlstm.sweep.planning import (
    ERROR_FILE,
    FIXED_KEYS,
    MISSING_RAY,
    PLAN,
    TUNE_DIR,
    Trial,
    base_config,
    claim_directory,
    make_trials,
    parse_grid,
    parse_samples,
    plan,
    prepare_directory,
    read_plan,
)
from charlstm.sweep.ray_runner import (
    check_address,
    ray_available,
    ray_running,
    run_ray,
    start_ray,
)
from charlstm.sweep.report import (
    finish,
    markdown,
    progress_line,
    results,
    row,
    summarize,
    write_results,
)
from charlstm.sweep.runner import run_local, train_trial

__all__ = [
    "ERROR_FILE", "FIXED_KEYS", "MISSING_RAY", "PLAN", "TUNE_DIR", "Trial", "base_config",
    "check_address", "claim_directory", "finish", "make_trials", "markdown", "parse_grid",
    "parse_samples", "plan", "planning", "prepare_directory", "progress_line", "ray_available",
    "ray_running", "ray_runner", "read_plan", "report", "results", "row", "run_local", "run_ray",
    "runner", "start_ray", "summarize", "train_trial", "write_results",
]  # fmt: skip
