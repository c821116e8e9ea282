"""Hyperparameter sweeps: many ordinary training runs, on Ray Tune when it is installed.

A sweep is three steps:

- plan(): the list of trials, made and checked before anything starts. Each trial is a
  complete config and the name of its run directory, DIR/<name>/, which holds what any
  `charlstm train` run holds (config.yaml, metrics.jsonl, last.npz, best.npz), so sample,
  eval, plot and inspect read it as they read any run.
- run_local() trains the trials one after another in this process; run_ray() hands them
  to Ray Tune (this machine's cores, or a cluster), with ASHA early stopping if asked and
  Tuner.restore when the same sweep is run again. Both train a trial with the project's
  one training path (run.prepare and run.events) and report each validation as it comes.
- results(): one row per trial read back from the run directories, a summary over seeds,
  the best configuration, DIR/sweep.md, DIR/sweep.json and a figure of the curves.

ray is an optional extra (pip install 'charlstm[sweep]'): it is imported only by run_ray.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import itertools
import json
import logging
import math
import os
import re
import secrets
import shutil
import socket
import sys
from dataclasses import asdict, dataclass, replace

import numpy as np

from charlstm import config as config_mod
from charlstm import plot as plot_mod
from charlstm import resources
from charlstm import run as run_mod
from charlstm.errors import CharlstmError
from charlstm.text import Vocab, read_text, write_text

MISSING_RAY = (
    "charlstm sweep needs Ray Tune: pip install 'charlstm[sweep]' "
    "(from a clone: pip install -e '.[sweep]')"
)
PLAN = "sweep-plan.json"  # the trials of the sweep in DIR, to recognise the same command
TUNE_DIR = "tune"  # Ray Tune's experiment state, inside DIR
ERROR_FILE = "error.txt"  # a failed trial's one-line error, in its run directory
# Keys a sweep may not vary: the seed has --seeds; the rest would make trials that are not
# ordinary runs of the same corpus.
FIXED_KEYS = ("train.seed", "train.max_time", "train.workers")


@dataclass(frozen=True)
class Trial:
    name: str  # the run directory under DIR
    varying: dict  # {dotted key: value} for the keys the sweep varies
    seed: int
    config: dict  # the complete resolved config (config.Config.to_dict())


def _parse_value(key: str, raw: str):
    """One value of `key` from the command line, typed and checked as --set does it."""
    section, name = key.split(".")
    config = config_mod.from_dict(config_mod.parse_overrides([f"{key}={raw}"]))
    return getattr(getattr(config, section), name)


def _check_key(key: str, flag: str) -> None:
    if key not in config_mod.valid_keys():
        raise CharlstmError(f"{flag}: {config_mod.unknown_key(key)}")
    if key in FIXED_KEYS:
        hint = " (use --seeds N)" if key == "train.seed" else ""
        raise CharlstmError(f"{flag}: {key} cannot be swept{hint}")


def parse_grid(items) -> dict:
    """['train.lr=1e-3,3e-3', ...] -> {'train.lr': [0.001, 0.003], ...} (values typed)."""
    grid: dict = {}
    for item in items:
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep:
            raise CharlstmError(f"--grid expects key=v1,v2,…, got {item!r}")
        _check_key(key, "--grid")
        if key in grid:
            raise CharlstmError(f"--grid: {key} is given twice")
        values = [v.strip() for v in raw.split(",") if v.strip()]
        if not values:
            raise CharlstmError(f"--grid: no values for {key} (give {key}=v1,v2,…)")
        typed = [_parse_value(key, v) for v in values]
        if len(set(map(repr, typed))) != len(typed):
            raise CharlstmError(f"--grid: {key} repeats a value")
        grid[key] = typed
    return grid


def parse_samples(items) -> dict:
    """['train.lr=1e-4:1e-2:log', ...] -> {'train.lr': (lo, hi, log)} for numeric keys."""
    samples: dict = {}
    defaults = config_mod.Config().to_dict()
    for item in items:
        key, sep, raw = item.partition("=")
        key = key.strip()
        parts = raw.split(":")
        if not sep or len(parts) not in (2, 3) or (len(parts) == 3 and parts[2] != "log"):
            raise CharlstmError(f"--sample expects key=lo:hi or key=lo:hi:log, got {item!r}")
        _check_key(key, "--sample")
        section, name = key.split(".")
        kind = type(defaults[section][name])
        if kind not in (int, float):
            raise CharlstmError(f"--sample: {key} is not a number; use --grid for it")
        if key in samples:
            raise CharlstmError(f"--sample: {key} is given twice")
        try:
            lo, hi = float(parts[0]), float(parts[1])
        except ValueError:
            raise CharlstmError(f"--sample: {key} needs numbers lo:hi, got {raw!r}") from None
        log = len(parts) == 3
        if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
            raise CharlstmError(f"--sample: {key} needs finite lo < hi, got {raw!r}")
        if log and lo <= 0:
            raise CharlstmError(f"--sample: {key} on a log scale needs lo > 0, got {raw!r}")
        samples[key] = (lo, hi, log)
    return samples


def _draw(samples: dict, rng: np.random.Generator) -> dict:
    """One point of the sampled keys; integer keys are rounded."""
    defaults = config_mod.Config().to_dict()
    point = {}
    for key, (lo, hi, log) in samples.items():
        x = float(np.exp(rng.uniform(np.log(lo), np.log(hi))) if log else rng.uniform(lo, hi))
        section, name = key.split(".")
        point[key] = (
            int(round(x)) if isinstance(defaults[section][name], int) else float(f"{x:.4g}")
        )
    return point


def _nested(flat: dict) -> dict:
    nested: dict = {}
    for key, value in flat.items():
        section, name = key.split(".")
        nested.setdefault(section, {})[name] = value
    return nested


def _short(key: str, value) -> str:
    text = (
        f"{key.split('.')[-1]}{value:g}"
        if isinstance(value, float)
        else f"{key.split('.')[-1]}{value}"
    )
    return re.sub(r"[^A-Za-z0-9.+_-]", "_", text)


def base_config(config_path=None, overrides=(), data=None, max_steps=None, max_time=None):
    """The config every trial starts from, with data.path made absolute: each trial reads
    the corpus by that path, from whatever directory Ray runs it in."""
    flags = list(overrides)
    for key, value in (("data.path", data), ("train.max_steps", max_steps)):
        if value is not None:
            flags.append(f"{key}={value}")
    if max_time is not None:
        flags.append(f"train.max_time={max_time}")
    base = config_mod.resolve(config_path, flags)
    if not base.data.path:
        raise CharlstmError("no training data: give --data FILE (or data.path in the config)")
    return config_mod.from_dict({"data": {"path": os.path.abspath(base.data.path)}}, base)


def make_trials(base, points: list[dict], seeds: int, name=None) -> list[Trial]:
    """A trial for every point ({dotted key: value}) and seed, counted from base's
    train.seed; each config is built and checked, and each corpus read and cut, here.
    name(point, seed) names the run directories (default: t000-<key value…>-seed<k>)."""
    trials = []
    for point, offset in itertools.product(points, range(seeds)):
        seed = base.train.seed + offset
        config = config_mod.from_dict(_nested({**point, "train.seed": seed}), base)
        config = config_mod.from_dict({"data": {"path": os.path.abspath(config.data.path)}}, config)
        if name is None:
            label = "-".join([_short(k, v) for k, v in point.items()] + [f"seed{seed}"])
            trial_name = f"t{len(trials):03d}-{label}"
        else:
            trial_name = name(point, seed)
        trials.append(Trial(trial_name, dict(point), seed, config.to_dict()))
    if len({t.name for t in trials}) != len(trials):
        raise CharlstmError("two trials of the sweep would share a run directory")
    _check_corpus(trials)
    return trials


def plan(
    config_path=None,
    overrides=(),
    grid=(),
    samples=(),
    num_samples=1,
    seeds=1,
    data=None,
    max_steps=None,
    max_time=None,
) -> list[Trial]:
    """The trials of `charlstm sweep`: every point of the grid, times num_samples drawn
    points of the sampled ranges (the same command draws the same points), times `seeds`
    seeds. A bad key, value or corpus is reported here, before anything starts."""
    grid, samples = parse_grid(grid), parse_samples(samples)
    if seeds < 1:
        raise CharlstmError(f"--seeds must be at least 1, got {seeds}")
    if num_samples < 1:
        raise CharlstmError(f"--num-samples must be at least 1, got {num_samples}")
    if num_samples > 1 and not samples:
        raise CharlstmError("--num-samples needs at least one --sample key=lo:hi")
    if set(grid) & set(samples):
        raise CharlstmError(f"{sorted(set(grid) & set(samples))[0]} is in both --grid and --sample")
    base = base_config(config_path, overrides, data, max_steps, max_time)
    points = [dict(zip(grid, values, strict=True)) for values in itertools.product(*grid.values())]
    if samples:
        rng = np.random.default_rng(0)
        points = [{**p, **_draw(samples, rng)} for p in points for _ in range(num_samples)]
    if len(points) * seeds < 2:
        raise CharlstmError("nothing to sweep: give --grid key=v1,v2,…, --sample or --seeds 2+")
    return make_trials(base, points, seeds)


def _check_corpus(trials: list[Trial]) -> None:
    """Each distinct corpus is read once and cut as each trial will cut it (fails early)."""
    cuts = {}
    for trial in trials:
        d, t = trial.config["data"], trial.config["train"]
        shape = (d["val_fraction"], d["test_fraction"], t["batch_size"], t["seq_len"])
        cuts.setdefault(d["path"], set()).add(shape)
    for path, shapes in cuts.items():
        text = read_text(path)
        ids = Vocab.from_text(text).encode(text)
        for shape in shapes:
            try:
                run_mod.cut(ids, *shape)
            except CharlstmError as e:
                raise CharlstmError(f"{path}: {e}") from None


def plan_identity(trials: list[Trial], early_stop: bool) -> dict:
    return {"early_stop": early_stop, "trials": [asdict(t) for t in trials]}


def read_plan(path: str):
    """The plan a sweep or comparison left in its directory: None when there is none, {} when
    it cannot be read (so it matches no plan and is refused without overwrite)."""
    if not os.path.exists(path):
        return None
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def prepare_directory(out: str, trials: list[Trial], early_stop: bool, overwrite: bool) -> bool:
    """Make DIR ready; True when it holds this very sweep (run again: it is continued).
    A different sweep, or runs of anything else, in DIR is refused unless overwrite, which
    deletes only what a sweep puts there."""
    identity = plan_identity(trials, early_stop)
    previous = read_plan(os.path.join(out, PLAN))
    if previous == identity:
        return True
    names = {t.name for t in trials}
    if previous is not None:
        names |= {t.get("name", "") for t in previous.get("trials", []) if isinstance(t, dict)}
    occupied = [
        n for n in sorted(names) if n and os.path.exists(os.path.join(out, n, "metrics.jsonl"))
    ]
    if (previous is not None or occupied) and not overwrite:
        what = "a different sweep" if previous is not None else f"a run in {occupied[0]}"
        raise CharlstmError(
            f"{out} holds {what}; run the same command to continue it, or choose another "
            "--out, or pass --overwrite"
        )
    for name in [*occupied, TUNE_DIR]:
        shutil.rmtree(os.path.join(out, name), ignore_errors=True)
    for name in ("sweep.md", "sweep.json", "sweep.png"):
        if os.path.exists(os.path.join(out, name)):
            os.unlink(os.path.join(out, name))
    write_text(os.path.join(out, PLAN), json.dumps(identity, indent=1))
    return False


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
            run = run_mod.prepare(resume=last, out=run_dir)
        else:
            os.makedirs(run_dir, exist_ok=True)
            config_path = os.path.join(run_dir, "config.yaml")
            write_text(config_path, config_mod.to_yaml(config_mod.from_dict(trial.config)))
            run = run_mod.prepare(config_path, out=run_dir, overwrite=True)
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


# --- Ray --------------------------------------------------------------------------------


def _ray_environment(local: bool) -> None:
    """Settings every Ray process of a sweep inherits; set before ray is imported."""
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"  # nothing phoned home
    os.environ["RAY_AUTH_MODE"] = "token" if local else os.environ.get("RAY_AUTH_MODE", "token")
    if local:
        # ray.init and `ray start` turn a node address of 127.0.0.1 into this machine's
        # network address unless Ray is in its single-machine mode, which binds every
        # server to loopback. This is the switch for that mode.
        os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
        if not os.environ.get("RAY_AUTH_TOKEN") and not os.environ.get("RAY_AUTH_TOKEN_PATH"):
            # a token for this sweep's own cluster only, held in its processes' environment
            # (nothing written to ~/.ray); nobody else can submit work to it
            os.environ["RAY_AUTH_TOKEN"] = secrets.token_hex(32)
    os.environ.setdefault("RAY_AIR_NEW_OUTPUT", "0")


def _import_ray():
    try:
        import ray
        from ray import tune
    except ImportError:
        raise CharlstmError(MISSING_RAY) from None
    return ray, tune


def ray_available() -> bool:
    """Whether Ray Tune is installed; found without importing it (Ray reads its settings
    from the environment once, when first imported: start_ray sets them first)."""
    return importlib.util.find_spec("ray") is not None


def _ray_running() -> bool:
    ray = sys.modules.get("ray")
    return ray is not None and ray.is_initialized()


def check_address(address: str | None) -> None:
    """An unreachable --address, or no token to join it with, is one line naming it, before
    Ray tries for a minute. None (Ray on this machine) and "auto" (Ray's own lookup) name no
    address to check."""
    if address is None or address == "auto":
        return
    host, sep, port = address.rpartition(":")
    if "://" in address or not sep or not port.isdigit() or not host:
        raise CharlstmError(f"--address must be HOST:PORT of a Ray head node, got {address!r}")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=5):
            pass
    except OSError as e:
        reason = e.strerror or type(e).__name__
        raise CharlstmError(f"cannot reach a Ray cluster at {address}: {reason}") from None
    token_file = os.path.expanduser("~/.ray/auth_token")
    if os.environ.get("RAY_AUTH_MODE", "token") == "token" and not (
        os.environ.get("RAY_AUTH_TOKEN")
        or os.environ.get("RAY_AUTH_TOKEN_PATH")
        or os.path.exists(token_file)
    ):
        raise CharlstmError(
            f"no Ray auth token for the cluster at {address}: copy the head node's "
            "~/.ray/auth_token to this machine, or set RAY_AUTH_TOKEN_PATH"
        )


def start_ray(address: str | None = None, num_cpus: int | None = None):
    """Start Ray on this machine (loopback only, token auth, no usage statistics), or join
    the cluster at address (check_address first). Returns the ray module."""
    check_address(address)
    return _init_ray(address, num_cpus)


def _init_ray(address: str | None, num_cpus: int | None = None):
    """start_ray once the address has been checked."""
    _ray_environment(local=address is None)
    ray, _ = _import_ray()
    try:
        if address is None:
            ray.init(
                address="local",
                num_cpus=num_cpus,
                _node_ip_address="127.0.0.1",
                include_dashboard=False,
                log_to_driver=False,
                logging_level=logging.WARNING,
            )
        else:
            ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING)
    except Exception as e:  # Ray raises many kinds; the user needs one line
        where = f"the Ray cluster at {address}" if address else "Ray on this machine"
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise CharlstmError(f"cannot start or join {where}: {first}") from None
    return ray


@contextlib.contextmanager
def ray_running(address: str | None = None):
    """Run the block with Ray, once the address is checked (check_address): the Ray already
    started in this process, left running; else Ray started here (this machine, or joining
    the cluster at address) and shut down after the block."""
    check_address(address)
    if _ray_running():
        yield
        return
    ray = _init_ray(address)
    try:
        yield
    finally:
        ray.shutdown()


def _tune_trainable(param: dict) -> None:
    """What a Ray worker runs for one trial: the trial's training, reporting to Tune."""
    import ray
    from ray import tune

    node = ray.get_runtime_context().get_node_id()

    def report(metrics):
        tune.report({**metrics, "node": node})

    train_trial(param["trial"], param["out"], report, cores=param["cores"])


def _asha(trials: list[Trial]):
    from ray.tune.schedulers import ASHAScheduler

    # rungs are counted in validations; a trial reports at most this many
    max_t = max(
        math.ceil(t.config["train"]["max_steps"] / t.config["train"]["eval_every"]) + 1
        for t in trials
    )
    return ASHAScheduler(
        time_attr="training_iteration", max_t=max_t, grace_period=1, reduction_factor=3
    )


def _callback_class(tune):
    """A Tune callback that passes each ended trial to this module's _on_trial_end. Tune
    pickles its callbacks into the experiment state; the class looks the hook up when
    called, so a restored sweep reports to the current invocation."""

    class TrialEnd(tune.Callback):
        def on_trial_complete(self, iteration, trials, trial, **info):
            from charlstm import sweep

            if sweep._on_trial_end is not None:
                sweep._on_trial_end(trial, failed=False)

        def on_trial_error(self, iteration, trials, trial, **info):
            from charlstm import sweep

            if sweep._on_trial_end is not None:
                sweep._on_trial_end(trial, failed=True)

    return TrialEnd()


_on_trial_end = None  # set by run_ray while Tune runs


def _outcome(out: str, trial, ended: bool) -> dict:
    """A Tune trial's outcome: finished, stopped early (by ASHA), failed, or, when it has not
    ended (the sweep was interrupted), not finished; with the node it ran on and how many
    validations it reported."""
    last = trial.last_result or {}
    extra = {"node": last.get("node"), "reports": last.get("training_iteration", 0)}
    if ended and trial.status == "ERROR":
        return {"status": "failed", "error": _error_message(out, trial), **extra}
    if ended and trial.status == "TERMINATED":
        status = "finished" if last.get("final") else "stopped early"
        return {"status": status, "error": None, **extra}
    return {"status": "not finished", "error": None, **extra}


def _error_message(out: str, trial) -> str:
    """The trial's one-line error: what train_trial wrote, else the end of Tune's report."""
    path = os.path.join(out, trial.config["trial"]["name"], ERROR_FILE)
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    except OSError:
        pass
    text = ""
    if getattr(trial, "error_file", None):
        try:
            with open(trial.error_file, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            pass
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "the trial's process failed"


def run_ray(
    trials: list[Trial],
    out: str,
    *,
    restore: bool = False,
    early_stop: bool = False,
    address: str | None = None,
    cpus_per_trial: int = 1,
    progress=None,
) -> dict:
    """Run the trials as Ray Tune trials; {name: outcome}. Uses the Ray already started in
    this process (start_ray, ray_running), else joins the cluster at address, or starts Ray
    here, and stops it after. restore: continue the sweep whose Tune state is in DIR
    (Tuner.restore); trials that ended are not run again. When interrupted (Ctrl-C), the
    trials still running have the status "not finished"."""
    global _on_trial_end
    with ray_running(address):
        _, tune = _import_ray()
        # the caller says what an interruption means and how to continue, in its own words
        logging.getLogger("ray.tune").setLevel(logging.ERROR)
        out = os.path.abspath(out)
        by_name = {t.name: t for t in trials}
        ended: set = set()

        def on_trial_end(trial, failed):
            name = trial.config["trial"]["name"]
            ended.add(name)
            if progress is not None and name in by_name:
                if failed:
                    outcome = {"status": "failed", "error": _error_message(out, trial)}
                else:  # the trial's status is set after the callbacks run
                    final = (trial.last_result or {}).get("final")
                    outcome = {"status": "finished" if final else "stopped early", "error": None}
                progress(row(by_name[name], out, outcome), len(ended), len(trials))

        trainable = tune.with_resources(_tune_trainable, {"cpu": cpus_per_trial})
        path = os.path.join(out, TUNE_DIR)
        _on_trial_end = on_trial_end
        try:
            if restore and tune.Tuner.can_restore(path):
                tuner = tune.Tuner.restore(
                    path,
                    trainable,
                    resume_unfinished=True,
                    resume_errored=False,
                    restart_errored=False,
                )
                # trials that ended in an earlier invocation are not run again
                for trial in tuner.get_results()._experiment_analysis.trials:
                    if trial.status in ("TERMINATED", "ERROR"):
                        ended.add(trial.config["trial"]["name"])
            else:
                shutil.rmtree(path, ignore_errors=True)
                tuner = tune.Tuner(
                    trainable,
                    param_space={
                        "trial": tune.grid_search([asdict(t) for t in trials]),
                        "out": out,
                        "cores": cpus_per_trial,
                    },
                    tune_config=tune.TuneConfig(
                        metric="val_loss",
                        mode="min",
                        scheduler=_asha(trials) if early_stop else None,
                        trial_name_creator=lambda t: t.config["trial"]["name"],
                        trial_dirname_creator=lambda t: t.config["trial"]["name"],
                        reuse_actors=True,
                    ),
                    run_config=tune.RunConfig(
                        name=TUNE_DIR,
                        storage_path=out,
                        verbose=0,
                        callbacks=[_callback_class(tune)],
                    ),
                )
            grid = tuner.fit()
        finally:
            _on_trial_end = None
    outcomes = {}
    for trial in grid._experiment_analysis.trials:  # Tune's Trial objects, with their status
        name = trial.config["trial"]["name"]
        outcomes[name] = _outcome(out, trial, name in ended)
    return outcomes


# --- results -----------------------------------------------------------------------------


def _curves(run_dir: str) -> dict:
    """plot.curves of a trial's metrics.jsonl (a CharlstmError as run.read_metrics gives).
    The line printed as the trial ends, the results table and the figure all need them: the
    file is read and parsed once, and again only once it has changed."""
    try:
        found = os.stat(os.path.join(run_dir, "metrics.jsonl"))
    except OSError:
        return plot_mod.curves(run_mod.read_metrics(run_dir))  # raises the one-line error
    return _curves_of_file(run_dir, found.st_ino, found.st_mtime_ns, found.st_size)


@functools.lru_cache(maxsize=1024)
def _curves_of_file(run_dir: str, inode: int, mtime_ns: int, size: int) -> dict:
    """_curves for one version of the file (its inode, modification time and size)."""
    return plot_mod.curves(run_mod.read_metrics(run_dir))


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
    lines = [
        "| trial | " + " | ".join(keys) + " | seed | steps | best val loss | wall s | status |",
        "|---|" + "---|" * len(keys) + "---|---|---|---|---|",
    ]
    for r in found["trials"]:
        status = r["status"] + (f": {r['error']}" if r["error"] else "")
        cells = [r["name"], *(_fmt(r["varying"][k]) for k in keys), str(r["seed"]), str(r["steps"])]
        cells += [_fmt(r["best_val_loss"]), _fmt(r["wall_s"]), status.replace("|", "\\|")]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "| " + " | ".join(keys) + " | seeds | mean best val loss | worst |",
        "|" + "---|" * len(keys) + "---|---|---|",
    ]
    for g in found["summary"]:
        cells = [_fmt(g["varying"][k]) for k in keys]
        seeds = f"{g['scored']}/{g['seeds']}" if g["scored"] != g["seeds"] else str(g["seeds"])
        cells += [seeds, _fmt(g["mean"]), _fmt(g["worst"])]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
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
