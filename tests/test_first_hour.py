"""A new user's first hour (issue 12): paths that work from anywhere, kept checkpoints, a test
split, honest end-of-run messages, sampling and the rough edges found on the way."""

import json
import os

import numpy as np
import pytest
from click.testing import CliRunner

from charlstm import checkpoint
from charlstm import run as run_mod
from charlstm.cli import main

from .helpers import TINY, one_line_error


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def ok(result):
    assert result.exit_code == 0, result.output
    return result


# 12.3: paths


def test_a_run_trained_from_a_relative_path_works_from_any_directory(
    tmp_path, monkeypatch, corpus_text
):
    work = tmp_path / "work"
    work.mkdir()
    (work / "corpus.txt").write_text(corpus_text, encoding="utf-8")
    monkeypatch.chdir(work)
    ok(run("train", "--data", "corpus.txt", "--out", "runs/r1", "--max-steps", "5", *TINY))
    monkeypatch.chdir(tmp_path)  # elsewhere: corpus.txt is not here
    ckpt = "work/runs/r1/best.npz"
    assert "validation split of" in ok(run("eval", ckpt)).stdout
    ok(run("gradflow", ckpt, "--max-k", "3", "--positions", "2"))
    ok(run("train", "--resume", "work/runs/r1/last.npz", "--max-steps", "10"))
    assert checkpoint.load("work/runs/r1/last.npz").meta["step"] == 10

    (work / "corpus.txt").rename(tmp_path / "moved.txt")
    for args in (
        ("eval", ckpt),
        ("gradflow", ckpt),
        ("train", "--resume", "work/runs/r1/last.npz", "--max-steps", "15"),
    ):
        error = one_line_error(run(*args), "--data")
        assert "not found" in error and str(work / "corpus.txt") in error
    ok(
        run(
            "train", "--resume", "work/runs/r1/last.npz", "--max-steps", "15", "--data", "moved.txt"
        )
    )


# 12.9: kept checkpoints and the test split


def test_keep_checkpoints_keeps_the_n_best_validations_named_by_step_and_loss(
    tmp_path, corpus_file
):
    out = tmp_path / "run"
    args = ["train", "--data", corpus_file, "--out", out, *TINY]
    args += ["--set", "train.eval_every=1", "--set", "train.sample_length=0"]
    args += ["--set", "train.keep_checkpoints=3", "--set", "train.lr=0.05"]
    ok(run(*args, "--max-steps", "12"))
    ok(run("train", "--resume", out / "last.npz", "--max-steps", "20"))
    records = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    validations = {r["step"]: r["val_loss"] for r in records if r["val_loss"] is not None}
    assert sorted(validations) == list(range(1, 21))
    best3 = sorted(validations, key=lambda step: (round(validations[step], 4), step))[:3]
    expected = sorted(run_mod.kept_checkpoint_name(s, validations[s]) for s in best3)
    kept = sorted(n for n in os.listdir(out) if n.startswith("step"))
    assert kept == expected
    for name in kept:
        ckpt = checkpoint.load(str(out / name))
        step = int(name[4:10])
        assert ckpt.meta["step"] == step
        assert f"{validations[step]:.4f}" in name


def test_keep_checkpoints_drops_those_of_an_overwritten_run_and_of_steps_after_a_resume(
    tmp_path, corpus_file
):
    out = tmp_path / "run"
    args = ["train", "--data", corpus_file, "--out", out, *TINY, "--set", "train.eval_every=2"]
    args += ["--set", "train.keep_checkpoints=10", "--set", "train.sample_length=0"]
    ok(run(*args, "--max-steps", "8"))

    def kept_steps():
        return sorted(int(n[4:10]) for n in os.listdir(out) if n.startswith("step"))

    assert kept_steps() == [2, 4, 6, 8]
    # resumed from step 4: the checkpoints kept at steps 6 and 8 belong to another future
    (step4,) = [n for n in os.listdir(out) if n.startswith("step000004_")]
    ok(run("train", "--resume", out / step4, "--max-steps", "6"))
    assert kept_steps() == [2, 4, 6]
    ok(run(*args, "--max-steps", "2", "--overwrite"))
    assert kept_steps() == [2]


def test_the_test_split_is_held_out_from_training_and_scored_by_eval(tmp_path, corpus_file):
    out = tmp_path / "run"
    args = ["train", "--data", corpus_file, "--out", out, *TINY, "--max-steps", "5"]
    ok(run(*args, "--set", "data.test_fraction=0.2"))
    ckpt = checkpoint.load(str(out / "best.npz"))
    text = open(corpus_file, encoding="utf-8").read()
    n = len(text)
    val_ids, val_source = run_mod.eval_ids(ckpt, None, "error")
    test_ids, test_source = run_mod.eval_ids(ckpt, None, "error", "test")
    assert val_source.startswith("validation split") and test_source.startswith("test split")
    assert len(test_ids) == n - int(n * 0.8)  # the last 20 %
    assert len(val_ids) == int(n * 0.8) - int(n * 0.7)  # the 10 % before it
    assert ckpt.vocab.decode(test_ids) == text[int(n * 0.8) :]
    assert ckpt.vocab.decode(val_ids) == text[int(n * 0.7) : int(n * 0.8)]
    # the same run without a test split trains on 90 % and has none to score
    plain = tmp_path / "plain"
    ok(run("train", "--data", corpus_file, "--out", plain, *TINY, "--max-steps", "5"))
    plain_ckpt = checkpoint.load(str(plain / "best.npz"))
    assert len(run_mod.eval_ids(plain_ckpt, None, "error")[0]) == n - int(n * 0.9)
    with pytest.raises(Exception, match="no test split"):
        run_mod.eval_ids(plain_ckpt, None, "error", "test")
    # and the test split never reaches training: the training text is the first 70 %
    prepared = run_mod.prepare(
        None, ["data.test_fraction=0.2", *TINY[1::2]], corpus_file, str(tmp_path / "p")
    )
    assert len(prepared.train_ids) == int(n * 0.7)
    assert np.array_equal(prepared.val_ids, val_ids)


# 12.10: rough edges


def test_plot_of_a_checkpoint_asks_for_the_run_directory(trained):
    out, _ = trained
    error = one_line_error(run("plot", f"{out}/best.npz"), "not a run directory")
    assert f"e.g. {out}" in error
    assert "codec" not in error


# 12.11: setup


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def make(*args):
    import shutil
    import subprocess

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    result = subprocess.run(
        ["make", "-s", "--no-print-directory", "-C", ROOT, *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_help_names_every_target_and_its_commands_do_what_it_says():
    help_text = make("help")
    with open(os.path.join(ROOT, "Makefile"), encoding="utf-8") as f:
        phony = next(line for line in f if line.startswith(".PHONY:")).split()[1:]
    for target in set(phony) - {"help"}:
        assert f"make {target}" in help_text, target
    assert ".venv/bin/charlstm" in help_text and "source .venv/bin/activate" in help_text
    # the documented invocations (-n: print the commands, run nothing)
    train = make("-n", "train", "DATA=mine.txt").splitlines()[-1]
    assert train.endswith("charlstm train --data mine.txt --out runs/mine")
    sample = make("-n", "sample", "DATA=mine.txt", "PRIME=Once upon").splitlines()[-1]
    assert sample.endswith('charlstm sample runs/mine/best.npz --prime "Once upon" --length 500')
    assert (
        make("-n", "eval", "DATA=mine.txt")
        .splitlines()[-1]
        .endswith("charlstm eval runs/mine/best.npz")
    )
