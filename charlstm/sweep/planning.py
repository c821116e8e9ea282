"""A sweep's plan: the trials (each a complete config and the name of its run directory,
DIR/<name>/), made and checked before anything starts, and the claim on DIR that lets the
same command continue it (claim_directory, which compare uses too)."""

from __future__ import annotations

import itertools
import json
import math
import os
import re
import shutil
from dataclasses import asdict, dataclass

import numpy as np

from charlstm import config as config_mod
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


def claim_directory(out: str, plan: str, identity: dict, runs, overwrite: bool, what: str, clear):
    """DIR for a plan of many runs (a sweep, a comparison): True when DIR/plan holds this
    very identity (the same command again: it is continued). A different plan (`what` names
    it), or a run directory among `runs` (names in DIR) already trained, is refused unless
    overwrite; then clear(occupied run names) deletes what the earlier plan put there and the
    new plan is written."""
    previous = read_plan(os.path.join(out, plan))
    if previous == identity:
        return True
    names = set(runs)
    if previous is not None:
        names |= {t.get("name", "") for t in previous.get("trials", []) if isinstance(t, dict)}
    occupied = [
        n for n in sorted(names) if n and os.path.exists(os.path.join(out, n, "metrics.jsonl"))
    ]
    if (previous is not None or occupied) and not overwrite:
        held = what if previous is not None else f"a run in {os.path.join(out, occupied[0])}"
        raise CharlstmError(
            f"{out} holds {held}; run the same command to continue it, or choose another "
            "--out, or pass --overwrite"
        )
    clear(occupied)
    write_text(os.path.join(out, plan), json.dumps(identity, indent=1))
    return False


def prepare_directory(out: str, trials: list[Trial], early_stop: bool, overwrite: bool) -> bool:
    """Make DIR ready; True when it holds this very sweep (run again: it is continued).
    A different sweep, or runs of anything else, in DIR is refused unless overwrite, which
    deletes only what a sweep puts there."""

    def clear(occupied):
        for name in [*occupied, TUNE_DIR]:
            shutil.rmtree(os.path.join(out, name), ignore_errors=True)
        for name in ("sweep.md", "sweep.json", "sweep.png"):
            if os.path.exists(os.path.join(out, name)):
                os.unlink(os.path.join(out, name))

    identity = plan_identity(trials, early_stop)
    runs = [t.name for t in trials]
    return claim_directory(out, PLAN, identity, runs, overwrite, "a different sweep", clear)
