"""Worker and BLAS-thread choice (charlstm/resources.py): train.workers = auto, its record in
the checkpoint, resuming with the same or another count, and one BLAS thread in training."""

import os

import numpy as np
import pytest
from click.testing import CliRunner

from charlstm import checkpoint, config, resources, train
from charlstm.cli import main
from charlstm.errors import CharlstmError
from charlstm.text import Vocab

HAS_OPENBLAS = resources.blas_threads_now() is not None


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_auto_workers_follow_the_measured_rule():
    assert resources.worker_count(hidden=32, batch_size=32, available=2) == 1  # too narrow
    assert resources.worker_count(hidden=128, batch_size=32, available=2) == 2
    assert resources.worker_count(hidden=128, batch_size=32, available=1) == 1
    assert resources.worker_count(hidden=512, batch_size=8, available=2) == 1  # too few
    assert resources.worker_count(hidden=512, batch_size=64, available=16) == 8
    assert resources.resolve_workers(3, hidden=8, batch_size=4) == 3  # a number is kept


def test_workers_setting_is_a_count_or_auto():
    assert config.Config().train.workers == "auto"
    assert config.resolve(None, ["train.workers=3"]).train.workers == 3
    for bad, message in [
        ("0", "train.workers must be at least 1 or auto"),
        ("many", "train.workers must be an integer or auto, got 'many'"),
        ("1.5", "train.workers must be an integer or auto, got 1.5"),
    ]:
        with pytest.raises(CharlstmError, match=message):
            config.resolve(None, [f"train.workers={bad}"])


@pytest.mark.skipif(not HAS_OPENBLAS, reason="numpy is not linked to OpenBLAS")
def test_blas_threads_are_set_and_restored():
    previous = resources.set_blas_threads(2)
    try:
        before = resources.blas_threads_now()
        with resources.blas_threads(1):
            inside = resources.blas_threads_now()
        after = resources.blas_threads_now()
    finally:
        resources.set_blas_threads(previous)
    assert (before, inside, after) == (2, 1, 2)


@pytest.mark.skipif(not HAS_OPENBLAS, reason="numpy is not linked to OpenBLAS")
def test_setting_the_blas_threads_reads_the_process_maps_once(monkeypatch):
    """Training sets the thread count around every run and evaluation: the loaded libraries
    are found once per call, not once to read the old count and again to set the new."""
    reads = []

    def counting_open(path, *args, **kwargs):
        reads.append(path)
        return open(path, *args, **kwargs)

    monkeypatch.setattr(resources, "open", counting_open, raising=False)
    previous = resources.set_blas_threads(1)
    resources.set_blas_threads(previous)
    assert reads == ["/proc/self/maps"] * 2


def tiny_training(corpus_text: str, steps: int, eval_every: int):
    """A one-process run of a tiny model on the corpus: the config, a new state, the text's
    ids and its vocabulary, ready for train.train."""
    vocab = Vocab.from_text(corpus_text)
    ids = vocab.encode(corpus_text)
    tiny = ["model.hidden=8", "train.batch_size=4", "train.seq_len=8"]
    tiny += [f"train.max_steps={steps}", f"train.eval_every={eval_every}"]
    tiny += ["train.sample_length=0", "train.workers=1"]
    cfg = config.resolve(None, tiny)
    return cfg, train.new_state(cfg, len(vocab)), ids, vocab


@pytest.mark.skipif(not HAS_OPENBLAS, reason="numpy is not linked to OpenBLAS")
def test_training_runs_on_one_blas_thread(corpus_text):
    cfg, state, ids, vocab = tiny_training(corpus_text, steps=3, eval_every=2)
    previous = resources.set_blas_threads(2)
    try:
        seen = [resources.blas_threads_now() for _ in train.train(cfg, state, ids, ids, vocab)]
        after = resources.blas_threads_now()
    finally:
        resources.set_blas_threads(previous)
    assert seen and set(seen) == {1}
    assert after == 2


def test_auto_count_is_recorded_and_described(tmp_path, corpus_file, tiny_args):
    r = run("train", "--data", corpus_file, "--out", str(tmp_path / "r"), "--max-steps", "3",
            *tiny_args)  # fmt: skip
    assert r.exit_code == 0, r.output
    expected = resources.worker_count(hidden=8, batch_size=4)
    plural = "s" if expected > 1 else ""
    assert f"{expected} worker{plural} (auto) ->" in r.stderr
    ckpt = checkpoint.load(str(tmp_path / "r" / "last.npz"))
    assert ckpt.meta["workers"] == expected
    assert ckpt.config.train.workers == "auto"


@pytest.fixture
def wide_enough_for_auto(monkeypatch):
    """auto picks 2 workers for the tiny test model, as it would for a wide one on 2 cores."""
    monkeypatch.setattr(resources, "MIN_HIDDEN_FOR_WORKERS", 1)
    monkeypatch.setattr(resources, "MIN_COLUMNS_PER_WORKER", 2)
    monkeypatch.setattr(resources, "cores", lambda: 2)


def test_auto_resume_is_bit_exact(tmp_path, corpus_file, tiny_args, wide_enough_for_auto):
    """train.workers auto choosing 2: 30 steps straight == 13, then --resume to 30."""
    tiny_args += ["--set", "model.dropout=0.2", "--set", "train.batch_size=8"]
    whole, half = tmp_path / "whole", tmp_path / "half"
    r = run("train", "--data", corpus_file, "--out", str(whole), "--max-steps", "30", *tiny_args)
    assert r.exit_code == 0 and "2 workers (auto)" in r.stderr, r.output
    r = run("train", "--data", corpus_file, "--out", str(half), "--max-steps", "13", *tiny_args)
    assert r.exit_code == 0, r.output
    r = run("train", "--resume", str(half / "last.npz"), "--max-steps", "30")
    assert r.exit_code == 0 and "note:" not in r.stderr, r.output
    assert (whole / "last.npz").read_bytes() == (half / "last.npz").read_bytes()
    assert (whole / "best.npz").read_bytes() == (half / "best.npz").read_bytes()


def test_resume_with_another_count_notes_it(tmp_path, corpus_file, tiny_args):
    """13 steps on 1 process, resumed on 2 workers: a one-line note, and the same training
    as 30 steps straight on 1 process to float rounding."""
    tiny_args += ["--set", "train.batch_size=8", "--set", "train.workers=1"]
    whole, half = tmp_path / "whole", tmp_path / "half"
    r = run("train", "--data", corpus_file, "--out", str(whole), "--max-steps", "30", *tiny_args)
    assert r.exit_code == 0, r.output
    r = run("train", "--data", corpus_file, "--out", str(half), "--max-steps", "13", *tiny_args)
    assert r.exit_code == 0, r.output
    r = run("train", "--resume", str(half / "last.npz"), "--max-steps", "30",
            "--set", "train.workers=2")  # fmt: skip
    assert r.exit_code == 0, r.output
    notes = [line for line in r.stderr.splitlines() if line.startswith("note:")]
    assert notes == [
        "note: 2 workers where the run used 1: the same training to float rounding; bitwise "
        "equality with an uninterrupted run holds only with the same count "
        "(--set train.workers=1)"
    ]
    a = checkpoint.load(str(whole / "last.npz"))
    b = checkpoint.load(str(half / "last.npz"))
    assert b.meta["workers"] == 2 and b.meta["step"] == a.meta["step"] == 30
    for key in a.params:
        np.testing.assert_allclose(b.params[key], a.params[key], rtol=1e-4, atol=1e-5)


@pytest.mark.skipif(not HAS_OPENBLAS, reason="numpy is not linked to OpenBLAS")
def test_sampling_runs_each_step_on_the_threads_its_rule_chose(monkeypatch):
    """The prime on one thread, every step on sample.ThreadRule's count of the moment, and
    the process's count restored afterwards."""
    from charlstm import sample
    from charlstm.config import ModelConfig
    from charlstm.model import Model
    from charlstm.sample import generate

    class Scripted:  # 1, 2, 1, … whatever the timings
        def __init__(self, most, idle=None):
            self.threads = 1

        def resume(self):
            return self.threads

        def record(self, seconds):
            self.threads = 3 - self.threads
            return self.threads

    monkeypatch.setattr(sample, "ThreadRule", Scripted)

    net = Model.init(ModelConfig(layers=2, hidden=8), 5, np.random.default_rng(0))
    seen = []
    original = Model.stepper

    def recording_stepper(self):
        one_step = original(self)

        def step(ids, state):
            seen.append(resources.blas_threads_now())
            return one_step(ids, state)

        return step

    monkeypatch.setattr(Model, "stepper", recording_stepper)
    previous = resources.set_blas_threads(3)
    try:
        ids = list(generate(net, np.array([0]), 6, np.random.default_rng(0)))
        after = resources.blas_threads_now()
    finally:
        resources.set_blas_threads(previous)
    assert len(ids) == 6 and seen == [1, 2, 1, 2, 1]
    assert after == 3


# A loop that allocates and frees blocks of 4 MB, as every training step does with its
# activations, and prints the page faults of its last 20 rounds; argv[1] says whether it
# calls keep_freed_memory first (in a fresh process: malloc's settings are process-wide).
FAULTS = """
import resource, sys
import numpy as np
from charlstm import resources
applied = resources.keep_freed_memory() if sys.argv[1] == "keep" else None
n = int(sys.argv[2])
for _ in range(5):
    a = np.ones(n, np.float32); b = np.ones(n, np.float32); del a, b
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(20):
    a = np.ones(n, np.float32); b = np.ones(n, np.float32); del a, b
print(applied, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def faults(keep: bool, floats: int = 1 << 20) -> tuple:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", FAULTS, "keep" if keep else "default", str(floats)],
        capture_output=True,
        text=True,
        check=True,
    )
    applied, count = done.stdout.split()
    return applied, int(count)


def test_freed_memory_is_kept_for_reuse():
    """With keep_freed_memory, blocks of megabytes freed by one round are reused by the next,
    not unmapped and faulted in again page by page (glibc; elsewhere it reports False and
    changes nothing). Without it, glibc maps every such block afresh: 2 × 1,024 pages a round."""
    applied, kept = faults(keep=True)
    if applied != "True":
        pytest.skip("no glibc mallopt here")
    assert kept < 200
    _, default = faults(keep=False)
    assert default > 10 * 1024  # the check can tell the two apart (2 × 1,024 pages a round)


def test_freed_blocks_above_the_largest_mmap_threshold_are_kept_too():
    """Blocks of 40 MB, above the 32 MB that glibc's mmap threshold can reach (config d's gate
    arrays are 33.5 MB a process): kept and reused too, with mappings turned off."""
    applied, kept = faults(keep=True, floats=10 << 20)
    if applied != "True":
        pytest.skip("no glibc mallopt here")
    assert kept < 200


def test_training_and_scoring_keep_freed_memory(monkeypatch, corpus_text):
    """charlstm train and eval's scoring run with keep_freed_memory (resources.computing)."""
    calls = []
    monkeypatch.setattr(resources, "keep_freed_memory", lambda: calls.append(1) or True)
    cfg, state, ids, vocab = tiny_training(corpus_text, steps=1, eval_every=1)
    list(train.train(cfg, state, ids, ids, vocab))
    assert len(calls) == 1
    from charlstm import evaluate

    evaluate.score(state.model, ids[:200], streams=2, burn_in=4, workers=1)
    assert len(calls) == 2


def minor_faults(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as f:
        return int(f.read().rsplit(")", 1)[1].split()[7])


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="needs /proc (Linux)")
def test_worker_processes_keep_freed_memory():
    """A worker's share of each step allocates megabytes of activations; with its freed
    memory kept, later steps fault in next to no new pages (without, about 500 a step here)."""
    # this process's own setting is harmless: its tests train and score with it anyway
    if not resources.keep_freed_memory():
        pytest.skip("no glibc mallopt here")
    from charlstm import model, parallel

    rng = np.random.default_rng(0)
    net = model.Model.init(config.ModelConfig(layers=1, hidden=128), 40, rng)
    inputs = rng.integers(0, 40, (64, 32))
    with parallel.Workers(2, net) as pool:
        step = lambda: pool.loss_and_grads(inputs, inputs, pool.zero_state(32))  # noqa: E731
        for _ in range(3):
            step()
        worker = pool._procs[0].pid
        before = minor_faults(worker)
        for _ in range(10):
            step()
        assert minor_faults(worker) - before < 10 * 50
