"""Running a sweep on Ray Tune: Ray started on loopback with token authentication, or a
cluster joined at --address (its networking and auth settings first), and the trials handed
to Tune, with ASHA early stopping if asked and Tuner.restore when the same sweep runs again.
ray is an optional extra: it is imported only here, and only when a sweep runs."""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import math
import os
import secrets
import shutil
import socket
import sys
from dataclasses import asdict

from charlstm.errors import CharlstmError
from charlstm.sweep.planning import ERROR_FILE, MISSING_RAY, TUNE_DIR, Trial
from charlstm.sweep.report import row
from charlstm.sweep.runner import train_trial


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
            from charlstm.sweep import ray_runner

            if ray_runner._on_trial_end is not None:
                ray_runner._on_trial_end(trial, failed=False)

        def on_trial_error(self, iteration, trials, trial, **info):
            from charlstm.sweep import ray_runner

            if ray_runner._on_trial_end is not None:
                ray_runner._on_trial_end(trial, failed=True)

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
