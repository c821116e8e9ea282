"""charlstm sweep: plans checked before anything starts, and sweeps on a local Ray.

The Ray tests share one local Ray instance (started by the project's own start_ray, so
with its loopback-only, token-auth settings); they are skipped where the `sweep` extra is
not installed, and fail instead with CHARLSTM_REQUIRE_RAY=1 (set by .ci/run).
"""

from __future__ import annotations

import ipaddress
import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from charlstm import checkpoint, metrics, sweep
from charlstm.errors import CharlstmError

from .helpers import one_line_error, run, unavailable

# one Ray at a time on the machine: make test's two processes keep these tests in one
ONE_RAY_AT_A_TIME = pytest.mark.xdist_group("ray")
pytestmark = ONE_RAY_AT_A_TIME

# A trial of a few seconds: validation every 10 steps, no samples.
TINY = [
    "model.layers=1",
    "model.hidden=8",
    "train.batch_size=4",
    "train.seq_len=16",
    "train.eval_every=10",
    "train.log_every=5",
    "train.sample_length=0",
]
RUN_FILES = ("config.yaml", "metrics.jsonl", "last.npz", "best.npz")

needs_ray = pytest.mark.usefixtures("ray_extra")


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray for the module, as `charlstm sweep` starts it."""
    if not sweep.ray_available():
        unavailable("the sweep extra (ray[tune]) is not installed", "CHARLSTM_REQUIRE_RAY")
    ray = sweep.start_ray(num_cpus=2)
    yield ray
    ray.shutdown()


def plan(corpus_file, **options):
    options.setdefault("max_steps", 30)
    return sweep.plan(overrides=TINY, data=corpus_file, **options)


@pytest.mark.parametrize(
    "options, fragment",
    [
        ({"grid": ["train.nope=1,2"]}, "unknown config key 'train.nope'"),
        ({"grid": ["lr=1,2"]}, "unknown config key 'lr'"),
        ({"grid": ["train.lr="]}, "no values for train.lr"),
        ({"grid": ["train.lr=,"]}, "no values for train.lr"),
        ({"grid": ["train.lr"]}, "--grid expects key=v1,v2"),
        ({"grid": ["train.lr=0.01,abc"]}, "train.lr must be a finite number"),
        ({"grid": ["train.lr=0.01,-1"]}, "train.lr must be positive"),
        ({"grid": ["model.cell=lstm,tree"]}, "model.cell must be one of"),
        ({"grid": ["train.lr=0.01,0.01"]}, "repeats a value"),
        ({"grid": ["train.lr=1,2", "train.lr=3,4"]}, "given twice"),
        ({"grid": ["train.seed=1,2"]}, "use --seeds N"),
        ({"grid": []}, "nothing to sweep"),
        ({"grid": ["train.lr=0.01"]}, "nothing to sweep"),
        ({"samples": ["train.lr=1e-3"]}, "--sample expects key=lo:hi"),
        ({"samples": ["train.lr=1e-2:1e-3"]}, "lo < hi"),
        ({"samples": ["train.lr=0:1e-3:log"]}, "log scale needs lo > 0"),
        ({"samples": ["model.cell=1:2"]}, "not a number"),
        ({"samples": ["train.lr=1e-3:1e-2"], "grid": ["train.lr=1,2"]}, "both --grid and"),
        ({"grid": ["train.lr=1,2"], "num_samples": 3}, "--num-samples needs"),
        ({"grid": ["train.lr=1,2"], "seeds": 0}, "--seeds must be at least 1"),
        ({"grid": ["train.batch_size=4,100000"]}, "too short"),
    ],
)
def test_bad_input_is_refused_before_anything_starts(corpus_file, tmp_path, options, fragment):
    with pytest.raises(CharlstmError, match=None) as caught:
        plan(corpus_file, **options)
    assert fragment in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_missing_corpus_is_refused_before_anything_starts(tmp_path):
    with pytest.raises(CharlstmError, match="data file not found"):
        sweep.plan(overrides=TINY, grid=["train.lr=1,2"], data=str(tmp_path / "none.txt"))


def test_plan_is_grid_times_samples_times_seeds_and_the_same_each_time(corpus_file):
    options = dict(grid=["model.hidden=4,8"], samples=["train.lr=1e-3:1e-1:log"], num_samples=2)
    trials = plan(corpus_file, seeds=3, **options)
    assert len(trials) == 2 * 2 * 3
    assert [t.seed for t in trials[:3]] == [0, 1, 2]
    assert {t.varying["model.hidden"] for t in trials} == {4, 8}
    assert all(1e-3 <= t.varying["train.lr"] <= 1e-1 for t in trials)
    assert len({t.varying["train.lr"] for t in trials}) == 4  # a new draw per sampled point
    assert all(t.config["train"]["lr"] == t.varying["train.lr"] for t in trials)
    assert all(os.path.isabs(t.config["data"]["path"]) for t in trials)
    assert plan(corpus_file, seeds=3, **options) == trials
    assert len({t.name for t in trials}) == len(trials)


def test_an_unreachable_address_is_one_line_naming_it():
    with socket.socket() as s:  # a loopback port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(CharlstmError) as caught:
        sweep.start_ray(f"127.0.0.1:{port}")
    assert f"cannot reach a Ray cluster at 127.0.0.1:{port}" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_joining_a_cluster_without_a_token_is_refused_before_connecting(monkeypatch, tmp_path):
    for name in ("RAY_AUTH_TOKEN", "RAY_AUTH_TOKEN_PATH", "RAY_AUTH_MODE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.ray/auth_token
    with socket.socket() as head:  # something listening where the head would be
        head.bind(("127.0.0.1", 0))
        head.listen()
        address = f"127.0.0.1:{head.getsockname()[1]}"
        with pytest.raises(CharlstmError) as caught:
            sweep.check_address(address)
    assert str(caught.value).startswith(f"no Ray auth token for the cluster at {address}")


def test_a_sweep_directory_holding_another_sweep_is_refused(corpus_file, tmp_path):
    out = str(tmp_path / "sweep")
    first = plan(corpus_file, grid=["train.lr=0.01,0.02"])
    assert sweep.prepare_directory(out, first, False, False) is False
    assert sweep.prepare_directory(out, first, False, False) is True  # the same: continue
    os.makedirs(os.path.join(out, first[0].name))
    open(os.path.join(out, first[0].name, "metrics.jsonl"), "w").close()
    other = plan(corpus_file, grid=["train.lr=0.01,0.03"])
    with pytest.raises(CharlstmError, match="holds a different sweep"):
        sweep.prepare_directory(out, other, False, False)
    assert sweep.prepare_directory(out, other, False, True) is False
    assert not os.path.exists(os.path.join(out, first[0].name))


def test_local_runs_train_each_trial_as_an_ordinary_run(corpus_file, tmp_path):
    out = str(tmp_path / "sweep")
    trials = plan(corpus_file, grid=["train.lr=0.003,0.01"])
    lines = []
    outcomes = sweep.run_local(
        trials, out, lambda r, d, n: lines.append(sweep.progress_line(r, d, n))
    )
    assert [o["status"] for o in outcomes.values()] == ["finished", "finished"]
    assert lines[0].startswith(f"[1/2] {trials[0].name}: finished at step 30")
    for trial in trials:
        ckpt = checkpoint.load(os.path.join(out, trial.name, "best.npz"))
        assert ckpt.config.train.lr == trial.varying["train.lr"]


def test_each_trials_metrics_are_read_once_for_the_line_the_table_and_the_figure(
    corpus_file, tmp_path, monkeypatch
):
    """The progress line as a trial ends, the results and the figure share one reading of
    its metrics.jsonl; a file that has changed since is read again."""
    out = str(tmp_path / "sweep")
    trials = plan(corpus_file, grid=["train.lr=0.003,0.01"])
    read = []
    real_read = metrics.read

    def counting_read(run_dir):
        read.append(os.path.basename(run_dir))
        return real_read(run_dir)

    monkeypatch.setattr(metrics, "read", counting_read)
    outcomes = sweep.run_local(trials, out, lambda r, d, n: None)
    found = sweep.results(trials, out, outcomes)
    sweep.write_results(found, out)  # the figure, or a note that matplotlib is missing
    assert sorted(read) == sorted(t.name for t in trials)
    with open(os.path.join(out, trials[0].name, "metrics.jsonl"), "a") as f:
        f.write(json.dumps({"step": 31, "train_loss": 1.0, "elapsed_s": 9.0}) + "\n")
    assert sweep.results(trials, out, outcomes)["trials"][0]["steps"] == 31
    assert read.count(trials[0].name) == 2


def test_a_trial_sharing_the_machine_counts_only_its_own_cores(corpus_file, tmp_path):
    """train.workers = auto would take both cores for a model this wide; a trial that holds
    one core (Ray's --cpus-per-trial 1) trains in one process."""
    overrides = [*TINY, "model.hidden=64", "train.batch_size=16", "train.workers=auto"]
    trial = sweep.plan(overrides=overrides, data=corpus_file, seeds=2, max_steps=10)[0]
    assert trial.config["train"]["workers"] == "auto"
    sweep.train_trial(trial, str(tmp_path), lambda metrics: None, cores=1)
    ckpt = checkpoint.load(os.path.join(tmp_path, trial.name, "last.npz"))
    assert ckpt.config.train.workers == 1


@pytest.mark.parametrize(
    "limit",
    [["train.max_steps=30"], ["train.max_steps=100000", "train.max_epochs=1"]],
    ids=["steps", "epochs"],
)
def test_only_a_trials_last_validation_is_final_whatever_ended_it(corpus_file, tmp_path, limit):
    """Tune tells a finished trial from one ASHA stopped by the last report's "final"."""
    trial = sweep.plan(overrides=[*TINY, *limit], data=corpus_file, seeds=2)[0]
    reports = []
    sweep.train_trial(trial, str(tmp_path), reports.append)
    records = metrics.read(os.path.join(tmp_path, trial.name))
    validations = [r["step"] for r in records if r["val_loss"] is not None]
    assert [r["step"] for r in reports] == validations and len(validations) >= 2
    assert [r["final"] for r in reports] == [False] * (len(reports) - 1) + [True]


def _complete(out, trial) -> bool:
    return all(os.path.exists(os.path.join(out, trial.name, f)) for f in RUN_FILES)


@needs_ray
def test_a_local_sweep_of_four_trials(local_ray, corpus_file, tmp_path):
    out = str(tmp_path / "sweep")
    trials = plan(corpus_file, grid=["train.lr=0.003,0.01"], seeds=2)
    assert len(trials) == 4
    lines = []
    outcomes = sweep.run_ray(
        trials, out, progress=lambda r, d, n: lines.append(sweep.progress_line(r, d, n))
    )
    assert {o["status"] for o in outcomes.values()} == {"finished"}
    assert sorted(line[:5] for line in lines) == ["[1/4]", "[2/4]", "[3/4]", "[4/4]"]
    for trial in trials:
        assert _complete(out, trial)
        validations = [
            json.loads(line)
            for line in open(os.path.join(out, trial.name, "metrics.jsonl"))
            if json.loads(line)["val_loss"] is not None
        ]
        # every validation of the training loop was reported to Tune, the last one final
        assert outcomes[trial.name]["reports"] == len(validations) == 3
        ckpt = checkpoint.load(os.path.join(out, trial.name, "last.npz"))
        assert ckpt.meta["step"] == 30
        assert ckpt.config.train.lr == trial.varying["train.lr"]
        assert ckpt.config.train.seed == trial.seed
    found = sweep.results(trials, out, outcomes)
    assert sweep.write_results(found, out) == []
    table = open(os.path.join(out, "sweep.md")).read()
    assert table.count("| finished |") == 4
    assert "| train.lr | seeds | mean best val loss | worst |" in table
    saved = json.load(open(os.path.join(out, "sweep.json")))
    assert [r["name"] for r in saved["trials"]] == [t.name for t in trials]
    best = min(saved["trials"], key=lambda r: r["best_val_loss"])
    assert saved["best"]["checkpoint"] == os.path.join(
        os.path.abspath(out), best["name"], "best.npz"
    )
    for group in saved["summary"]:
        losses = [r["best_val_loss"] for r in saved["trials"] if r["varying"] == group["varying"]]
        assert group["worst"] == max(losses)
        assert group["mean"] == pytest.approx(sum(losses) / 2)
    assert os.path.getsize(os.path.join(out, "sweep.png")) > 0


def _loopback(address: str) -> bool:
    return ipaddress.ip_address(address).is_loopback or (
        ipaddress.ip_address(address).version == 6
        and ipaddress.ip_address(address).ipv4_mapped is not None
        and ipaddress.ip_address(address).ipv4_mapped.is_loopback
    )


def _listening(path: str) -> dict:
    """{socket inode: local address} of the listening (TCP) or bound (UDP) sockets in a
    /proc/net table."""
    found = {}
    try:
        lines = open(path).read().splitlines()[1:]
    except OSError:
        return found
    for line in lines:
        fields = line.split()
        local, state, inode = fields[1], fields[3], fields[9]
        if path.endswith(("tcp", "tcp6")) and state != "0A":  # 0A: LISTEN
            continue
        hex_address = local.split(":")[0]
        raw = bytes.fromhex(hex_address)
        # the kernel prints each 32-bit word in host (little-endian) order
        raw = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
        found[inode] = str(ipaddress.ip_address(raw))
    return found


def _descendants(pid: int) -> set[int]:
    children: dict = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = open(f"/proc/{entry}/stat").read()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    except OSError:
        pass
    return inodes


@needs_ray
@pytest.mark.skipif(not os.path.exists("/proc/net/tcp"), reason="reads Linux's /proc/net")
def test_the_local_ray_listens_on_loopback_only(local_ray):
    listening = {}
    for table in ("tcp", "tcp6", "udp", "udp6"):
        listening.update(_listening(f"/proc/net/{table}"))
    mine = {}
    for pid in _descendants(os.getpid()) | {os.getpid()}:
        for inode in _socket_inodes(pid) & set(listening):
            mine[inode] = (pid, listening[inode])
    assert len(mine) >= 3, mine  # the GCS, the raylet and this driver's worker at least
    exposed = {inode: v for inode, v in mine.items() if not _loopback(v[1])}
    assert not exposed, f"Ray sockets listening beyond loopback: {exposed}"


@needs_ray
def test_a_failing_trial_is_marked_failed_and_the_sweep_goes_on(local_ray, corpus_file, tmp_path):
    out = str(tmp_path / "sweep")
    # weights of ±3e38 overflow float32 at the first step: a non-finite loss
    trials = plan(corpus_file, grid=["model.init_scale=0,3e38"])
    lines = []
    outcomes = sweep.run_ray(
        trials, out, progress=lambda r, d, n: lines.append(sweep.progress_line(r, d, n))
    )
    good, bad = (outcomes[t.name] for t in trials)
    assert good["status"] == "finished" and _complete(out, trials[0])
    assert bad["status"] == "failed"
    assert bad["error"].startswith("non-finite loss at step 1")
    found = sweep.results(trials, out, outcomes)
    table = sweep.markdown(found)
    assert f"| failed: {bad['error']} |" in table
    assert any(f"{trials[1].name}: failed: non-finite loss" in line for line in lines)


@needs_ray
def test_early_stopping_stops_a_bad_trial(local_ray, corpus_file, tmp_path):
    out = str(tmp_path / "sweep")
    # one trial at a time (2 CPUs each), the good learning rate first: when the bad one
    # reaches ASHA's first rung, the good one's loss is already there to beat
    trials = plan(corpus_file, grid=["train.lr=0.01,1e-7"], seeds=2, max_steps=60)
    outcomes = sweep.run_ray(trials, out, early_stop=True, cpus_per_trial=2)
    statuses = {t.varying["train.lr"]: [] for t in trials}
    for trial in trials:
        statuses[trial.varying["train.lr"]].append(outcomes[trial.name]["status"])
    assert "stopped early" in statuses[1e-7], outcomes
    assert statuses[0.01][0] == "finished"
    found = sweep.results(trials, out, outcomes)
    for r in found["trials"]:
        assert os.path.exists(os.path.join(r["run_dir"], "last.npz"))
        if r["status"] == "stopped early":
            assert r["steps"] < 60
    assert "| stopped early |" in sweep.markdown(found)


# --- the command --------------------------------------------------------------------------


def test_sweep_without_ray_says_how_to_install_it(monkeypatch, corpus_file, tmp_path):
    monkeypatch.setattr(sweep, "ray_available", lambda: False)
    out = tmp_path / "s"
    r = run("sweep", "--data", corpus_file, "--grid", "train.lr=1,2", "--out", str(out))
    line = one_line_error(r, "pip install 'charlstm[sweep]'")
    assert "pip install -e '.[sweep]'" in line
    assert not out.exists()


@needs_ray
@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--grid", "train.nope=1,2"], "unknown config key 'train.nope'"),
        (["--grid", "train.lr="], "no values for train.lr"),
        (["--grid", "train.lr=0.1,x"], "train.lr must be a finite number"),
        (["--seeds", "1"], "nothing to sweep"),
    ],
)
def test_the_command_refuses_bad_input_in_one_line(corpus_file, tmp_path, args, fragment):
    out = tmp_path / "s"
    one_line_error(run("sweep", "--data", corpus_file, "--out", str(out), *args), fragment)
    assert not out.exists()


@needs_ray
def test_the_command_names_an_unreachable_address_before_touching_dir(corpus_file, tmp_path):
    with socket.socket() as s:  # a loopback port with nothing listening
        s.bind(("127.0.0.1", 0))
        address = f"127.0.0.1:{s.getsockname()[1]}"
    out = tmp_path / "s"
    args = ["--data", corpus_file, "--grid", "train.lr=1,2", "--out", str(out)]
    one_line_error(
        run("sweep", *args, "--address", address), f"cannot reach a Ray cluster at {address}"
    )
    assert not out.exists()


def _sweep_command(corpus_file, out):
    sets = [arg for pair in TINY for arg in ("--set", pair)]
    return [
        sys.executable,
        "-m",
        "charlstm",
        "sweep",
        "--data",
        corpus_file,
        "--grid",
        "train.max_steps=20,1000000",
        "--max-time",
        "3",
        "--seeds",
        "2",
        *sets,
        "--out",
        out,
    ]


def _wait_for(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.2)


@needs_ray
def test_the_same_command_restores_an_interrupted_sweep_without_rerunning(corpus_file, tmp_path):
    out = str(tmp_path / "s")
    command = _sweep_command(corpus_file, out)
    # two trials that end by steps, two that end after 3 s of training (each invocation)
    trials = sweep.plan(
        overrides=TINY,
        grid=["train.max_steps=20,1000000"],
        seeds=2,
        data=corpus_file,
        max_time=3,
    )
    log = tmp_path / "first.err"
    with open(log, "w") as stderr:
        first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            # the two short trials have ended and a long one has saved a checkpoint
            _wait_for(lambda: "[2/4]" in log.read_text(), 180, "two trials to end")
            _wait_for(
                lambda: any(
                    os.path.exists(os.path.join(out, t.name, "last.npz")) for t in trials[2:]
                ),
                60,
                "a long trial's first checkpoint",
            )
            first.send_signal(signal.SIGINT)
            assert first.wait(timeout=120) == 130, log.read_text()
        finally:
            if first.poll() is None:
                first.kill()
    assert "run the same command again to continue" in log.read_text()
    ended = [t for t in trials if f"] {t.name}: " in log.read_text()]
    cut = [t for t in trials if t not in ended]
    assert trials[:2] == ended[:2] and cut, "no trial was cut short; the test proves nothing"
    stamps = {
        t.name: {f: os.stat(os.path.join(out, t.name, f)).st_mtime_ns for f in RUN_FILES}
        for t in ended
    }
    first_lines = {}
    for t in cut:
        metrics = os.path.join(out, t.name, "metrics.jsonl")
        first_lines[t.name] = open(metrics).readline() if os.path.exists(metrics) else None

    again = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert "(continuing the sweep already there)" in again.stderr
    assert again.stdout.count("| finished |") == 4
    # the trials that had ended were not run again
    for t in ended:
        now = {f: os.stat(os.path.join(out, t.name, f)).st_mtime_ns for f in RUN_FILES}
        assert now == stamps[t.name]
        assert t.name not in again.stderr
    # the interrupted ones went on from their last checkpoint (if they had one), not anew
    for t in cut:
        lines = open(os.path.join(out, t.name, "metrics.jsonl")).readlines()
        if first_lines[t.name]:
            assert lines[0] == first_lines[t.name]
        steps = [json.loads(line)["step"] for line in lines]
        assert steps == sorted(set(steps))
        last = checkpoint.load(os.path.join(out, t.name, "last.npz")).meta["step"]
        assert last == steps[-1]
