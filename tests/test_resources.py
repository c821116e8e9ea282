"""Worker and BLAS-thread choice (charlstm/resources.py): train.workers = auto, its record in
the checkpoint, resuming with the same or another count, and one BLAS thread in training."""

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


@pytest.mark.skipif(not HAS_OPENBLAS, reason="numpy is not linked to OpenBLAS")
def test_training_runs_on_one_blas_thread(corpus_text):
    vocab = Vocab.from_text(corpus_text)
    ids = vocab.encode(corpus_text)
    tiny = ["model.hidden=8", "train.batch_size=4", "train.seq_len=8", "train.max_steps=3"]
    tiny += ["train.eval_every=2", "train.sample_length=0", "train.workers=1"]
    cfg = config.resolve(None, tiny)
    state = train.new_state(cfg, len(vocab))
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
def test_sampling_runs_on_one_blas_thread(monkeypatch):
    from charlstm.config import ModelConfig
    from charlstm.model import Model
    from charlstm.sample import generate

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
    previous = resources.set_blas_threads(2)
    try:
        ids = list(generate(net, np.array([0]), 5, np.random.default_rng(0)))
        after = resources.blas_threads_now()
    finally:
        resources.set_blas_threads(previous)
    assert len(ids) == 5 and len(seen) == 4 and set(seen) == {1}
    assert after == 2
