"""Training end to end through the CLI: files written, determinism, resume, eval, sample."""

import json
import math
import os
import subprocess
import sys

import numpy as np
import pytest
import yaml
from click.testing import CliRunner

from charlstm import checkpoint, evaluate, model
from charlstm.cli import main
from charlstm.model import Model
from charlstm.text import Vocab


def load_params(path):
    with np.load(path, allow_pickle=False) as npz:
        return {k: npz[k] for k in npz.files if k.startswith("params/")}


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_run_directory_contents(trained):
    out, data = trained
    assert sorted(os.listdir(out)) == ["best.npz", "config.yaml", "last.npz", "metrics.jsonl"]
    config = yaml.safe_load(open(f"{out}/config.yaml"))
    assert config["model"]["hidden"] == 8 and config["data"]["path"] == data
    records = [json.loads(line) for line in open(f"{out}/metrics.jsonl")]
    assert [r["step"] for r in records] == [2, 4, 5, 6, 8, 10]
    for r in records:
        assert set(r) == {"step", "train_loss", "val_loss", "lr", "chars_per_s", "elapsed_s"}
        assert math.isfinite(r["train_loss"]) and r["chars_per_s"] > 0
    assert [r["step"] for r in records if r["val_loss"] is not None] == [5, 10]


def test_checkpoint_format_v1(trained):
    out, _ = trained
    with np.load(f"{out}/last.npz", allow_pickle=False) as npz:
        meta = json.loads(str(npz["meta"]))
        keys = set(npz.files)
        V = len(meta["vocab"])
        assert npz["meta"].shape == ()
        assert npz["params/layers.0.W_x"].shape == (V, 32)
        assert npz["params/layers.0.W_h"].shape == (8, 32)
        assert npz["params/layers.1.W_x"].shape == (8, 32)
        assert npz["params/layers.1.b"].shape == (32,)
        assert npz["params/head.W"].shape == (8, V)
        assert npz["params/head.b"].shape == (V,)
        assert npz["params/head.W"].dtype == np.float32
    assert meta["format"] == "charlstm" and meta["version"] == 1 and meta["step"] == 10
    assert meta["vocab"] == sorted(meta["vocab"])
    assert meta["config"]["train"]["batch_size"] == 4
    assert "params/embed.W" not in keys
    assert {"state/h.0", "state/c.1", "optim/m/head.W", "optim/v/layers.1.W_h"} <= keys


def test_same_seed_gives_bitwise_same_checkpoint(tmp_path, corpus_file, tiny_args):
    paths = []
    for name in ("a", "b"):
        r = run(
            "train",
            "--data",
            corpus_file,
            "--out",
            str(tmp_path / name),
            "--max-steps",
            "7",
            "--set",
            "model.dropout=0.3",
            *tiny_args,
        )
        assert r.exit_code == 0, r.output
        paths.append(tmp_path / name / "last.npz")
    assert paths[0].read_bytes() == paths[1].read_bytes()
    r = run(
        "train",
        "--data",
        corpus_file,
        "--out",
        str(tmp_path / "c"),
        "--max-steps",
        "7",
        "--set",
        "model.dropout=0.3",
        "--seed",
        "1",
        *tiny_args,
    )
    assert (tmp_path / "c" / "last.npz").read_bytes() != paths[0].read_bytes()


@pytest.mark.parametrize("workers", [1, 2])
def test_resume_equals_uninterrupted(tmp_path, corpus_file, tiny_args, workers):
    """30 steps straight == 13 steps (off the eval schedule), then --resume to 30: the same
    last.npz and best.npz bytes, and the same metrics (dropout on, epochs wrap); in one
    process and with the batch shared by two worker processes."""
    tiny_args += ["--set", "model.dropout=0.2", "--set", "train.batch_size=16"]
    tiny_args += ["--set", f"train.workers={workers}"]
    whole, half = tmp_path / "whole", tmp_path / "half"
    r = run("train", "--data", corpus_file, "--out", str(whole), "--max-steps", "30", *tiny_args)
    assert r.exit_code == 0, r.output
    r = run("train", "--data", corpus_file, "--out", str(half), "--max-steps", "13", *tiny_args)
    assert r.exit_code == 0, r.output
    r = run("train", "--resume", str(half / "last.npz"), "--max-steps", "30")
    assert r.exit_code == 0, r.output
    a, b = load_params(whole / "last.npz"), load_params(half / "last.npz")
    assert a.keys() == b.keys()
    for key in a:
        np.testing.assert_array_equal(a[key], b[key])
    assert (whole / "last.npz").read_bytes() == (half / "last.npz").read_bytes()
    assert (whole / "best.npz").read_bytes() == (half / "best.npz").read_bytes()

    def losses(path):
        lines = [json.loads(line) for line in open(path)]
        return {(r["step"], r["val_loss"]) for r in lines if r["val_loss"] is not None}

    # the resumed run's metrics hold the uninterrupted run's validations (plus step 13's)
    assert losses(whole / "metrics.jsonl") <= losses(half / "metrics.jsonl")


def test_resume_into_new_directory_keeps_best(trained, tmp_path):
    out, _ = trained
    r = run(
        "train", "--resume", f"{out}/last.npz", "--out", str(tmp_path / "more"), "--max-steps", "12"
    )
    assert r.exit_code == 0, r.output
    assert (tmp_path / "more" / "best.npz").exists()
    steps = [json.loads(line)["step"] for line in open(tmp_path / "more" / "metrics.jsonl")]
    assert steps == [2, 4, 5, 6, 8, 10, 12]


def test_overwrite_removes_the_old_run(trained, tiny_args):
    out, data = trained
    r = run("train", "--data", data, "--out", out, "--overwrite", "--max-steps", "3", *tiny_args)
    assert r.exit_code == 0, r.output
    assert checkpoint.load(f"{out}/best.npz").meta["step"] == 3
    steps = [json.loads(line)["step"] for line in open(f"{out}/metrics.jsonl")]
    assert steps == [2, 3]


def test_float_overrides_in_exponent_notation(corpus_file, tmp_path, tiny_args):
    r = run(
        "train",
        "--data",
        corpus_file,
        "--out",
        str(tmp_path / "r"),
        "--max-steps",
        "1",
        "--set",
        "train.lr=1e-3",
        *tiny_args,
    )
    assert r.exit_code == 0, r.output
    assert yaml.safe_load(open(tmp_path / "r" / "config.yaml"))["train"]["lr"] == 0.001


def test_eval_is_one_continuous_stream(trained):
    out, _ = trained
    r = run("eval", f"{out}/best.npz", "--json")
    assert r.exit_code == 0, r.output
    result = json.loads(r.stdout)
    assert {"loss_nats", "bpc", "perplexity", "chars"} <= set(result)
    assert math.isclose(result["bpc"], result["loss_nats"] / math.log(2))
    assert math.isclose(result["perplexity"], math.exp(result["loss_nats"]))
    # the same number, one character at a time from a zero state
    ckpt = checkpoint.load(f"{out}/best.npz")
    total, count = evaluate.total_nll(ckpt.model, _val_ids(ckpt))
    assert count == result["chars"]
    ids = _val_ids(ckpt)[:300]
    state = ckpt.model.zero_state(1)
    stepwise = 0.0
    for i, j in zip(ids[:-1], ids[1:], strict=True):
        logits, state = ckpt.model.step(np.array([i]), state)
        nll, _ = model.cross_entropy(logits, np.array([j]))
        stepwise += float(nll[0])
    chunked, _ = evaluate.total_nll(ckpt.model, ids, streams=1, chunk=7)
    assert math.isclose(stepwise, chunked, rel_tol=1e-5)


def _val_ids(ckpt):
    from charlstm.batches import split
    from charlstm.text import read_text

    text = read_text(ckpt.config.data.path)
    return split(ckpt.vocab.encode(text), ckpt.config.data.val_fraction)[1]


def test_streams_cover_every_prediction_once():
    rng = np.random.default_rng(0)
    from charlstm.config import ModelConfig

    net = Model.init(ModelConfig(hidden=6, dtype="float64"), 5, rng)
    ids = rng.integers(0, 5, 103).astype(np.uint8)
    one, n1 = evaluate.total_nll(net, ids, streams=1)
    assert n1 == 102
    # with several streams only the stream starts differ (zero state); same count
    many, n2 = evaluate.total_nll(net, ids, streams=4, chunk=5)
    assert n2 == 102 and abs(many - one) / one < 0.05
    # a burn-in reaching back to the start gives every stream the continuous stream's states
    exact, n3 = evaluate.total_nll(net, ids, streams=4, chunk=5, burn_in=1000)
    assert n3 == 102 and abs(exact - one) < 1e-9 * one
    assert abs(exact - one) < abs(many - one)  # and the burn-in is what closed the gap


def test_eval_text_report(trained):
    out, data = trained
    r = run("eval", f"{out}/best.npz", "--data", data)
    assert r.exit_code == 0, r.output
    assert "nats/char" in r.stdout and "bpc" in r.stdout and "perplexity" in r.stdout


def test_sample_streams_prime_then_continuation(trained):
    out, _ = trained
    r = run("sample", f"{out}/best.npz", "--prime", "I grew", "--length", "40", "--seed", "3")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("I grew") and len(r.stdout) == len("I grew") + 40 + 1
    again = run("sample", f"{out}/best.npz", "--prime", "I grew", "--length", "40", "--seed", "3")
    assert again.stdout == r.stdout


def test_greedy_equals_top_k_one(trained):
    out, _ = trained
    a = run("sample", f"{out}/best.npz", "--prime", "I", "--length", "30", "--greedy")
    b = run(
        "sample", f"{out}/best.npz", "--prime", "I", "--length", "30", "--top-k", "1", "--seed", "9"
    )
    assert a.exit_code == 0 and a.stdout == b.stdout


def test_sample_prime_file_and_num_samples(trained, tmp_path):
    out, _ = trained
    prime = tmp_path / "p.txt"
    prime.write_text("I grew up", encoding="utf-8")
    r = run(
        "sample",
        f"{out}/best.npz",
        "--prime-file",
        str(prime),
        "--length",
        "10",
        "--num-samples",
        "3",
        "--seed",
        "0",
    )
    assert r.exit_code == 0, r.output
    assert r.stdout.count("I grew up") == 3


def test_checkpoint_loads_from_any_directory(trained, tmp_path):
    out, _ = trained
    script = (
        f"from charlstm import checkpoint; c = checkpoint.load({out + '/best.npz'!r}); "
        "print(len(c.vocab), c.meta['step'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    vocab = Vocab(checkpoint.load(f"{out}/best.npz").vocab.chars)
    assert done.stdout.split() == [str(len(vocab)), "10"] or done.stdout.split()[0] == str(
        len(vocab)
    )


def test_python_dash_m_and_help():
    done = subprocess.run(
        [sys.executable, "-m", "charlstm", "train", "--help"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert "Examples:" in done.stdout and "--max-time" in done.stdout


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("signal_name, status", [("SIGINT", 130), ("SIGTERM", 143)])
def test_signal_saves_and_exits(tmp_path, corpus_file, tiny_args, signal_name, status, workers):
    """A real process: Ctrl-C or SIGTERM to its process group (as a terminal sends it) mid-run
    writes last.npz and exits 130 / 143 with a one-line resume hint; with worker processes,
    none is left running."""
    import signal
    import time

    out = tmp_path / "run"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "charlstm",
            "train",
            "--data",
            corpus_file,
            "--out",
            str(out),
            "--max-steps",
            "1000000",
            *tiny_args,
            "--set",
            "train.eval_every=100000",
            "--set",
            f"train.workers={workers}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.time() + 60
    while not (out / "metrics.jsonl").exists() or not (out / "metrics.jsonl").read_text():
        assert time.time() < deadline and proc.poll() is None
        time.sleep(0.1)
    os.killpg(proc.pid, getattr(signal, signal_name))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status, err
    assert "continue with: charlstm train --resume" in err
    ckpt = checkpoint.load(str(out / "last.npz"))
    assert ckpt.meta["step"] > 0
    assert not worker_processes(), "worker processes outlived the run"


def worker_processes() -> list[str]:
    """Command lines of running charlstm worker processes (Linux /proc)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if "charlstm.parallel" in cmdline:
            found.append(cmdline)
    return found


@pytest.mark.parametrize("cell", ["rnn", "gru", "peephole", "coupled"])
def test_every_cell_trains_resumes_samples_and_evaluates(tmp_path, corpus_file, tiny_args, cell):
    args = [*tiny_args, "--set", f"model.cell={cell}"]
    whole, half = tmp_path / "whole", tmp_path / "half"
    assert (
        run(
            "train", "--data", corpus_file, "--out", str(whole), "--max-steps", "8", *args
        ).exit_code
        == 0
    )
    assert (
        run("train", "--data", corpus_file, "--out", str(half), "--max-steps", "3", *args).exit_code
        == 0
    )
    r = run("train", "--resume", str(half / "last.npz"), "--max-steps", "8")
    assert r.exit_code == 0, r.output
    assert (whole / "last.npz").read_bytes() == (half / "last.npz").read_bytes()
    with np.load(whole / "last.npz", allow_pickle=False) as npz:
        assert ("state/c.0" in npz.files) == (cell in ("peephole", "coupled"))
    assert run("sample", str(whole / "best.npz"), "--length", "10", "--seed", "1").exit_code == 0
    assert run("eval", str(whole / "best.npz"), "--json").exit_code == 0
