#!/usr/bin/env python3
"""`make bench`: charlstm against PyTorch's nn.LSTM on this CPU, side by side, one table.

Rows (each measured for charlstm in this process, then for PyTorch in a subprocess of the
benchmark environment, one right after the other, so that both see the same machine load;
the training and sampling rows in --turns alternating turns, charlstm, PyTorch, charlstm,
…, with the median of the per-turn ratios and their range: in_turns says why):
  train a–d   training chars/s: B random windows of T + 1 characters of the text, one-hot
              input, float32, mean cross-entropy, clip 5, Adam 2e-3; per turn a warm-up,
              then the median of --reps repeats of at least --rep-s seconds each
  busy        train 1×32 (B32 T64) and b again, each side with a busy neighbour process
              (`python -c 'while True: pass'`) running: a laptop with a browser open
  sample      2×512, batch 1, temperature 1: chars/s generating 2,000 characters, as the
              machine is and again beside a busy neighbour (sample.ThreadRule picks
              charlstm's BLAS threads from the load; PyTorch keeps its own)
  eval        up to 1,000,000 characters at 2×512: `charlstm eval`'s defaults (more streams
              for a long text, evaluate.score) against PyTorch in the usual 16-stream layout
              and in charlstm's
  memory      peak memory of a short training run of config d, two ways: the peak of the
              PSS summed over each side's processes, sampled every 20 ms (shared pages
              counted once); and resident sets: PyTorch's maximum RSS (/usr/bin/time -v)
              against the sum of charlstm's processes' peaks (getrusage), an upper bound
              that counts the workers' shared block once per process
Also: the float32 matrix-product peak of this machine (numpy, all threads) and the fraction
of it that charlstm's training reaches.

Both sides run with their defaults: charlstm as `charlstm train` does (train.workers: auto
and one BLAS thread per process, charlstm/resources.py), PyTorch with its own thread count.
PyTorch's side is benchmarks/torch_reference.py, run with --torch-python.

The text is data/longdep.txt, the corpus the project generates (`make data`), unless --data
names another (`make bench SHAKESPEARE=path/to/tinyshakespeare.txt`); speed does not depend
on the text beyond its vocabulary size.

Usage:
  python benchmarks/bench.py --torch-python /path/to/torchenv/bin/python [--configs a,b]
Without --torch-python (or when it cannot import torch) the PyTorch column is left empty,
with a note.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

from charlstm import evaluate, optim, parallel, resources  # noqa: E402
from charlstm.config import ModelConfig, TrainConfig  # noqa: E402
from charlstm.model import Model  # noqa: E402
from charlstm.sample import generate  # noqa: E402

DEFAULT_DATA = os.path.join(HERE, "..", "data", "longdep.txt")
CONFIGS = {  # name: (layers, hidden, batch, seq_len), as in torch_reference.py
    "a": (1, 128, 32, 64),
    "b": (2, 128, 50, 50),
    "c": (2, 256, 64, 100),
    "d": (2, 512, 64, 128),
    "1x32": (1, 32, 32, 64),
}
BUSY_CONFIGS = ("1x32", "b")
NEIGHBOUR = [sys.executable, "-c", "while True: pass"]
EVAL_CHARS = 1_000_000
EVAL_STREAMS, EVAL_BURN_IN, EVAL_CHUNK = 16, 256, 256
SAMPLE_CHARS = 2000


def load_ids(path: str) -> tuple[np.ndarray, list[str]]:
    text = open(path, encoding="utf-8").read()
    chars = sorted(set(text))  # the same id order as torch_reference.load_data
    index = {c: i for i, c in enumerate(chars)}
    return np.array([index[c] for c in text], dtype=np.int32), chars


def flops_per_char(L: int, H: int, V: int) -> int:
    """torch_reference's count: GEMM FLOPs per character, forward + both gradients."""
    total = sum(3 * 2 * ((V if l == 0 else H) + H) * 4 * H for l in range(L))
    return total + 3 * 2 * H * V


def matmul_peak(seconds: float = 2.0) -> float:
    """Best float32 GFLOP/s of square matrix products on all BLAS threads."""
    best = 0.0
    for n in (1024, 2048):
        a = np.random.default_rng(0).random((n, n), dtype=np.float32)
        b = np.random.default_rng(1).random((n, n), dtype=np.float32)
        out = np.empty_like(a)
        np.matmul(a, b, out=out)
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < seconds:
            t1 = time.perf_counter()
            np.matmul(a, b, out=out)
            best = max(best, 2 * n**3 / (time.perf_counter() - t1) / 1e9)
    return best


@contextlib.contextmanager
def training_step(ids, V, config, seed=0, workers=1, layer=None):
    """One charlstm training step as torch_reference.py's train takes it: B random windows
    of T + 1 characters, zero initial state, mean cross-entropy, clip 5, Adam 2e-3, with the
    batch shared by `workers` processes when more than 1 (train.workers). Yields a function
    that runs one step each time it is called. `layer`: another LSTM module to run the
    layers with, in this process (profile_step.py's baseline)."""
    L, H, B, T = config
    rng = np.random.default_rng(seed)
    net = Model.init(ModelConfig(layers=L, hidden=H), V, rng)
    if layer is not None:
        net.layer = layer
    train_config = TrainConfig(lr=2e-3, grad_clip=5.0)
    optim_state = optim.init_state("adam", net.params)
    offsets = np.arange(T + 1)
    step = 0
    with parallel.pool(workers, net) as net:

        def one_step():
            nonlocal step
            starts = rng.integers(0, len(ids) - T - 1, B)
            windows = ids[starts[:, None] + offsets].T  # (T + 1, B)
            state = net.zero_state(B)
            _, grads, _, _ = net.loss_and_grads(windows[:-1], windows[1:], state)
            optim.clip_by_global_norm(grads, train_config.grad_clip)
            step += 1
            net.update(train_config, grads, optim_state, step)

        yield one_step


def rates(ids, V, config, workers, warmup_s, rep_s, reps, seed=0) -> list[float]:
    """charlstm's training chars/s with `workers` processes (and the BLAS threads this process
    has): warm-up, then `reps` repeats of at least rep_s seconds."""
    with training_step(ids, V, config, seed, workers) as one_step:
        return _rates(one_step, config, warmup_s, rep_s, reps)


def default_workers(config) -> int:
    """The worker count `charlstm train` chooses for this config (train.workers: auto)."""
    _, H, B, _ = config
    return resources.worker_count(H, B)


def default_rates(ids, V, config, warmup_s, rep_s, reps) -> list[float]:
    """Training chars/s as `charlstm train` runs by default: train.workers auto, and the BLAS
    threads and memory setting train.py uses (resources.computing)."""
    with resources.computing(resources.TRAINING_BLAS_THREADS):
        return rates(ids, V, config, default_workers(config), warmup_s, rep_s, reps)


def _rates(one_step, config, warmup_s, rep_s, reps) -> list[float]:
    _, _, B, T = config
    t0 = time.perf_counter()
    n = 0
    while n < 3 or time.perf_counter() - t0 < warmup_s:
        one_step()
        n += 1
    rates = []
    for _ in range(reps):
        t0 = time.perf_counter()
        n = 0
        while n < 3 or time.perf_counter() - t0 < rep_s:
            one_step()
            n += 1
        rates.append(B * T * n / (time.perf_counter() - t0))
    return rates


def sample_rate(V: int, reps: int = 3) -> list[float]:
    """2×512, batch 1, temperature 1: generated chars/s (random weights; speed does not
    depend on them), after one warm-up run."""
    rng = np.random.default_rng(0)
    net = Model.init(ModelConfig(layers=2, hidden=512), V, rng)
    rates = []
    for r in range(reps + 1):
        t0 = time.perf_counter()
        for _ in generate(net, np.array([0]), SAMPLE_CHARS, rng):
            pass
        if r:
            rates.append(SAMPLE_CHARS / (time.perf_counter() - t0))
    return rates


def eval_rate(ids: np.ndarray, V: int) -> dict:
    """`charlstm eval`'s scoring with its defaults (evaluate.score: streams and workers
    auto) of ids under a random 2×512, the workers' start-up included."""
    net = Model.init(ModelConfig(layers=2, hidden=512), V, np.random.default_rng(0))
    t0 = time.perf_counter()
    total, count = evaluate.score(net, ids, burn_in=EVAL_BURN_IN)
    seconds = time.perf_counter() - t0
    streams = evaluate.auto_streams(count, EVAL_BURN_IN)
    return {"chars_per_s": count / seconds, "loss": total / count, "streams": streams}


def median(values):
    return sorted(values)[len(values) // 2]


def in_turns(ours, theirs, turns: int) -> dict:
    """Measure ours() and theirs() (each returning a rate, or a dict of rates; theirs may
    return None, for no PyTorch) alternately, `turns` times each: charlstm, PyTorch,
    charlstm, … On a shared machine the load drifts over minutes, and a single pass decides
    a row near 1.0× by whichever side ran at the quieter moment; the ratio of each turn's two
    neighbouring measurements cancels the drift that is slower than a turn, and the median
    over turns drops the turn a spike spoiled. Returns the per-turn rates of both sides and,
    per key, the median per-turn ratio with its range."""
    ours_turns, theirs_turns = [], []
    for _ in range(turns):
        ours_turns.append(ours())
        theirs_turns.append(theirs())
    result = {"charlstm_turns": ours_turns, "torch_turns": theirs_turns, "ratios": {}}
    if any(t is None for t in theirs_turns):
        return result
    for key in theirs_turns[0] if isinstance(theirs_turns[0], dict) else [None]:
        pairs = [
            (o, t if key is None else t[key]) for o, t in zip(ours_turns, theirs_turns, strict=True)
        ]
        ratios = [o / t for o, t in pairs if o and t]
        if ratios:
            result["ratios"][key] = {
                "median": median(ratios),
                "low": min(ratios),
                "high": max(ratios),
                "torch": median([t for _, t in pairs]),
            }
    return result


def turns_ratio(measured: dict, key=None) -> str:
    """The median per-turn ratio and, over more than one turn, its range."""
    found = measured["ratios"].get(key)
    if not found:
        return "–"
    if len(measured["charlstm_turns"]) < 2:
        return f"{found['median']:.2f}×"
    return f"{found['median']:.2f}× ({found['low']:.2f}–{found['high']:.2f})"


class Torch:
    """Runs benchmarks/torch_reference.py in the benchmark environment; its results are None
    when that environment is missing or cannot import torch (self.note says which)."""

    def __init__(self, python: str | None, data: str):
        self.python, self.data = python, data
        self.note = ""
        if not python:
            self.note = "no --torch-python given"
        else:
            try:
                check = subprocess.run([python, "-c", "import torch"], capture_output=True)
                if check.returncode != 0:
                    self.note = f"{python} cannot import torch"
            except OSError:
                self.note = f"{python} does not run"
        if self.note:
            self.python = None

    def command(self, *args) -> list[str]:
        return [self.python, os.path.join(HERE, "torch_reference.py"), *args, "--data", self.data]

    def run(self, *args) -> dict | None:
        if not self.python:
            return None
        done = subprocess.run(self.command(*args), capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"torch_reference.py {' '.join(args)} failed:\n{done.stderr}")
        return json.loads(done.stdout)


@contextlib.contextmanager
def busy_neighbour(busy: bool):
    """A process that keeps one core busy for the length of the block (when busy)."""
    neighbour = subprocess.Popen(NEIGHBOUR) if busy else None
    try:
        yield
    finally:
        if neighbour is not None:
            neighbour.kill()
            neighbour.wait()


def _tree(pid: int) -> list[int]:
    """pid and all its descendants (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def sampled_run(command: list[str], interval: float = 0.02) -> tuple[float | None, str]:
    """Run a command; return the peak, over its run, of the proportional set size (PSS)
    summed over its process tree, sampled every `interval` s (memory shared between the
    processes, such as a worker pool's shared block, and with the rest of the system, such
    as libraries, is counted once, split among its users; None without /proc), and its
    standard output."""
    sample = os.path.exists("/proc/self/smaps_rollup")
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        peak = 0
        while proc.poll() is None:
            if sample:
                peak = max(peak, sum(_pss_kb(p) for p in _tree(proc.pid)))
            time.sleep(interval)
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{err.read()[-2000:]}")
        out.seek(0)
        return (peak / 1024 if sample else None), out.read()


def peak_rss_mb(command: list[str]) -> float | None:
    """Maximum resident set size of a command, from /usr/bin/time -v (None without it)."""
    if not os.path.exists("/usr/bin/time"):
        return None
    done = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    if done.returncode != 0 or not found:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return int(found.group(1)) / 1024


def ratio(ours, theirs) -> str:
    return f"{ours / theirs:.2f}×" if ours and theirs else "–"


def number(value, digits=0) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=DEFAULT_DATA, help="Text (default: data/longdep.txt).")
    parser.add_argument("--torch-python", help="Python of an environment that has torch.")
    parser.add_argument("--configs", default="a,b,c,d")
    parser.add_argument("--warmup-s", type=float, default=3.0)
    parser.add_argument("--rep-s", type=float, default=4.0)
    parser.add_argument("--reps", type=int, default=2, help="Repeats within a turn.")
    parser.add_argument(
        "--turns",
        type=int,
        default=3,
        help="Training and sampling rows: measure charlstm and PyTorch alternately this many "
        "times each and report the median of the per-turn ratios (in_turns).",
    )
    parser.add_argument("--eval-chars", type=int, default=EVAL_CHARS)
    parser.add_argument("--skip", default="", help="Comma-separated: busy, sample, eval, memory.")
    parser.add_argument("--json", dest="json_out", help="Also write the results here.")
    parser.add_argument("--train-only", metavar="CONFIG", help=argparse.SUPPRESS)
    options = parser.parse_args()

    if not os.path.exists(options.data):
        raise SystemExit(f"error: no text at {options.data} (make data writes data/longdep.txt)")
    ids, chars = load_ids(options.data)
    V = len(chars)
    if options.train_only:  # a child process whose peak memory is measured
        config = CONFIGS[options.train_only]
        default_rates(ids, V, config, 1.0, 2.0, 1)
        # The peak of this process plus, for each worker process (N processes are this one
        # and N − 1 workers), the largest worker's peak: an upper bound on the peak of their
        # sum (pages they share are counted once per process).
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        worker_processes = default_workers(config) - 1
        print(json.dumps({"peak_mb": (own + worker_processes * worker) / 1024}))
        return
    skip = set(filter(None, options.skip.split(",")))
    torch = Torch(options.torch_python, options.data)
    peak = matmul_peak()
    print(
        f"date: {time.strftime('%Y-%m-%d %H:%M %Z')}; machine: {cpu_name()}, "
        f"{resources.cores()} cores; Python {platform.python_version()}, numpy {np.__version__}; "
        f"text {os.path.basename(options.data)} ({len(ids):,} characters, {V} distinct)"
    )
    print(f"float32 matrix-product peak (numpy, default BLAS threads): {peak:.0f} GFLOP/s")
    if torch.note:
        print(f"PyTorch column left empty: {torch.note} (make bench installs it in .bench-venv)")
    print()
    print("| row | charlstm | PyTorch | ratio | charlstm GFLOP/s | of peak |")
    print("|---|---|---|---|---|---|")
    results: dict = {"peak_gflops": peak, "train": {}, "busy": {}, "note": torch.note}
    timing = ["--warmup-s", str(options.warmup_s), "--rep-s", str(options.rep_s)]
    timing += ["--reps", str(options.reps)]
    busy_rows = [] if "busy" in skip else [(name, True) for name in BUSY_CONFIGS]
    for name, busy in [(n, False) for n in filter(None, options.configs.split(","))] + busy_rows:
        L, H, B, T = config = CONFIGS[name]

        def ours(config=config):
            return median(
                default_rates(ids, V, config, options.warmup_s, options.rep_s, options.reps)
            )

        def theirs(name=name):
            reference = torch.run("train", name, *timing)
            return reference and reference["chars_per_s"]

        with busy_neighbour(busy):
            measured = in_turns(ours, theirs, options.turns)
        ours_rate = median(measured["charlstm_turns"])
        found = measured["ratios"].get(None)
        gflops = ours_rate * flops_per_char(L, H, V) / 1e9
        results["busy" if busy else "train"][name] = {
            "charlstm": ours_rate,
            "torch": found and found["torch"],
            "ratio": found and found["median"],
            "workers": default_workers(config),
            **measured,
        }
        what = f"train {name} ({L}×{H}, B{B} T{T}"
        what += ", busy neighbour), chars/s" if busy else "), chars/s"
        print(
            f"| {what} | {number(ours_rate)} | {number(found and found['torch'])} "
            f"| {turns_ratio(measured)} | {gflops:.0f} | {gflops / peak:.0%} |",
            flush=True,
        )
    if "sample" not in skip:
        paths = ("oneDNN", "native")

        def theirs_sample():
            reference = torch.run("sample")
            return reference and {path: reference[path] for path in paths}

        # as it comes, then beside a busy neighbour: charlstm's threads follow the load
        # (sample.ThreadRule), PyTorch keeps its own count
        for busy in (False, True) if "busy" not in skip else (False,):
            with busy_neighbour(busy):
                measured = in_turns(lambda: median(sample_rate(V)), theirs_sample, options.turns)
            ours_rate = median(measured["charlstm_turns"])
            results["sample_busy" if busy else "sample"] = {"charlstm": ours_rate, **measured}
            neighbour = ", busy neighbour" if busy else ""
            for path in paths:
                found = measured["ratios"].get(path)
                print(
                    f"| sample 2×512 batch 1{neighbour}, chars/s (PyTorch {path}) "
                    f"| {number(ours_rate)} | {number(found and found['torch'])} "
                    f"| {turns_ratio(measured, path)} | | |",
                    flush=True,
                )
    if "eval" not in skip:
        scored = ids[: options.eval_chars + 1]
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            f.write("".join(chars[i] for i in scored))
        ours = eval_rate(scored, V)
        results["eval"] = {"charlstm": ours, "torch": {}}
        # PyTorch in its usual layout (16 streams), then in the one charlstm eval chose
        for streams in dict.fromkeys((EVAL_STREAMS, ours["streams"])):
            layout = ["--streams", str(streams), "--burn-in", str(EVAL_BURN_IN)]
            reference = torch.run("eval", f.name, *layout, "--chunk", str(EVAL_CHUNK))
            theirs = reference and reference["chars_per_s"]
            results["eval"]["torch"][streams] = reference
            print(
                f"| eval {len(scored) - 1:,} chars at 2×512, chars/s (charlstm eval's defaults: "
                f"{ours['streams']} streams; PyTorch {streams} streams) "
                f"| {number(ours['chars_per_s'])} | {number(theirs)} "
                f"| {ratio(ours['chars_per_s'], theirs)} | | |",
                flush=True,
            )
        os.unlink(f.name)
    if "memory" not in skip:
        ours_command = [sys.executable, __file__, "--data", options.data, "--train-only", "d"]
        theirs_command = torch.python and torch.command(
            "train", "d", "--warmup-s", "1", "--rep-s", "2", "--reps", "1"
        )
        ours_pss, ours_out = sampled_run(ours_command)  # the child reports its getrusage sum
        ours_rss = json.loads(ours_out)["peak_mb"]
        theirs_rss = peak_rss_mb(theirs_command) if theirs_command else None
        theirs_pss = sampled_run(theirs_command)[0] if theirs_command else None
        results["memory_mb"] = {
            "charlstm": {"pss": ours_pss, "rss_sum_bound": ours_rss},
            "torch": {"pss": theirs_pss, "rss": theirs_rss},
        }
        # for memory a ratio below 1 is better: charlstm's peak over PyTorch's
        print(
            f"| peak memory training d, MB, PSS of all processes (lower is better) "
            f"| {number(ours_pss)} | {number(theirs_pss)} | {ratio(ours_pss, theirs_pss)} "
            f"| | |",
            flush=True,
        )
        print(
            f"| peak memory training d, MB, resident: sum of processes' peaks / max RSS "
            f"| {number(ours_rss)} | {number(theirs_rss)} | {ratio(ours_rss, theirs_rss)} "
            f"| | |",
            flush=True,
        )
    if torch.note:
        print()
        print(
            f"Only charlstm's column: {torch.note}. `make bench` puts torch==2.13.0 into "
            ".bench-venv; elsewhere install PyTorch's CPU wheel there (pip install torch "
            "--index-url https://download.pytorch.org/whl/cpu) and run make bench again."
        )
    if options.json_out:
        os.makedirs(os.path.dirname(os.path.abspath(options.json_out)), exist_ok=True)
        with open(options.json_out, "w") as f:
            json.dump(results, f, indent=1)


def cpu_name() -> str:
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    main()
