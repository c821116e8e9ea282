"""What survives what: disk full, corrupted or hostile checkpoints, numerical faults, odd text,
fine-tuning on another corpus."""

import json
import os

import numpy as np
import pytest

from charlstm import checkpoint

from .helpers import TINY, one_line_error, run


def test_disk_full_mid_write_keeps_previous_checkpoint(trained, monkeypatch):
    out, _ = trained
    before = open(f"{out}/last.npz", "rb").read()
    real_write = np.lib.format.write_array
    calls = []

    def failing_write(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:  # part of the archive is already on disk
            raise OSError(28, "No space left on device")
        return real_write(*args, **kwargs)

    monkeypatch.setattr(np.lib.format, "write_array", failing_write)
    r = run("train", "--resume", f"{out}/last.npz", "--max-steps", "15")
    line = one_line_error(r, "No space left on device")
    assert "previous checkpoint is intact" in line
    assert open(f"{out}/last.npz", "rb").read() == before
    assert checkpoint.load(f"{out}/last.npz").meta["step"] == 10
    assert not [name for name in os.listdir(out) if name.startswith(".tmp-")]


def _rewrite(src, dst, change):
    with np.load(src, allow_pickle=False) as npz:
        arrays = {name: npz[name] for name in npz.files}
    meta = json.loads(str(arrays["meta"]))
    change(meta, arrays)
    arrays["meta"] = np.array(json.dumps(meta))
    np.savez(dst, **arrays)
    return str(dst)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda m, a: m.update(format="other"), "is not a charlstm checkpoint"),
        (lambda m, a: m.update(version=2), "has checkpoint format version 2"),
        (lambda m, a: a.pop("params/head.b"), "missing array 'params/head.b'"),
        (
            lambda m, a: a.update({"params/head.W": a["params/head.W"][:, :3]}),
            "params/head.W has shape",
        ),
        (
            lambda m, a: a.update({"params/head.b": a["params/head.b"].astype(np.float64)}),
            "params/head.b has dtype float64, expected float32",
        ),
        (lambda m, a: m.update(vocab="abc"), "meta 'vocab' must be a list"),
        (lambda m, a: m["config"]["model"].update(hidden="x"), "model.hidden must be an integer"),
        (lambda m, a: a.update(meta=None) or m.clear(), "is not a charlstm checkpoint"),
    ],
)
def test_bad_checkpoints_are_one_line(trained, tmp_path, change, message):
    out, _ = trained
    path = _rewrite(f"{out}/best.npz", tmp_path / "bad.npz", change)
    for command in (["eval", path], ["sample", path, "--length", "3"]):
        one_line_error(run(*command), message)


def test_resume_needs_optimizer_state(trained, tmp_path):
    out, _ = trained
    path = _rewrite(
        f"{out}/last.npz",
        tmp_path / "noopt.npz",
        lambda m, a: [a.pop(k) for k in list(a) if k.startswith("optim/")],
    )
    one_line_error(run("train", "--resume", path), "cannot resume training: bad or missing optim")
    assert run("eval", path).exit_code == 0  # still fine for sampling and evaluation


def test_resume_needs_the_carried_state(trained, tmp_path):
    out, _ = trained
    path = _rewrite(f"{out}/last.npz", tmp_path / "nostate.npz", lambda m, a: a.pop("state/c.0"))
    one_line_error(
        run("train", "--resume", path), "cannot resume training: bad or missing state/*.0"
    )
    assert run("eval", path).exit_code == 0


@pytest.mark.parametrize(
    "name, change, message",
    [
        ("optim/m/head.W", lambda a: a[:, :3], "optim/m/head.W has shape"),
        ("optim/v/head.b", lambda a: a.astype(np.float64), "optim/v/head.b has dtype float64"),
        # the carried state's rows depend on the step as well (train.late_fresh_rows)
        (
            "state/h.0",
            lambda a: a[:1],
            "state/h.0 has shape (1, 8), expected (4, 8) for this config at step 10",
        ),
    ],
)
def test_resume_state_of_another_shape_or_dtype_is_refused_on_loading(
    trained, tmp_path, name, change, message
):
    """training_state relies on load() for the shapes and dtypes of the optimizer's moments
    and the carried state."""
    out, _ = trained
    path = _rewrite(
        f"{out}/last.npz", tmp_path / "bad.npz", lambda m, a: a.update({name: change(a[name])})
    )
    one_line_error(run("train", "--resume", path), message)


def test_non_finite_loss_stops_and_keeps_checkpoint(trained):
    out, _ = trained
    before = open(f"{out}/last.npz", "rb").read()
    r = run(
        "train",
        "--resume",
        f"{out}/last.npz",
        "--max-steps",
        "40",
        "--set",
        "train.lr=1e38",
        "--set",
        "train.grad_clip=0",
    )
    line = one_line_error(r, "non-finite")
    assert line.startswith("error: non-finite loss at step 12;") and "lower train.lr" in line
    assert open(f"{out}/last.npz", "rb").read() == before


@pytest.mark.parametrize(
    "name, text",
    [
        ("crlf", "line one\r\nline two\r\n" * 40),
        ("nul", "a\x00b\x00c" * 100),
        ("long-line", "x y z " * 2000),
        ("no-newline", "abcdefghij" * 50),
        ("one-char", "a" * 500),
        ("whitespace", " \t\n" * 200),
        ("many-code-points", "".join(chr(0x4E00 + i % 20000) for i in range(40000))),
    ],
)
def test_odd_texts_train_sample_and_eval(tmp_path, name, text):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8", newline="")
    out = tmp_path / "run"
    r = run("train", "--data", str(path), "--out", str(out), "--max-steps", "3", *TINY)
    assert r.exit_code == 0, r.output
    sampled = run("sample", str(out / "best.npz"), "--length", "20", "--seed", "0")
    assert sampled.exit_code == 0, sampled.output
    # 20 characters of the text's own (and the newline that ends the output)
    assert len(sampled.stdout) >= 20 and set(sampled.stdout) <= set(text) | {"\n"}
    r = run("eval", str(out / "best.npz"), "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["chars"] == len(text) - int(len(text) * 0.9) - 1


def test_fine_tune_on_another_corpus_then_resume_and_eval(trained, tmp_path):
    out, _ = trained
    other = tmp_path / "other.txt"
    other.write_text("I grew up in Żürich. I speak fluent German.\n" * 40, encoding="utf-8")
    r = run(
        "train",
        "--resume",
        f"{out}/best.npz",
        "--fine-tune",
        "--data",
        str(other),
        "--out",
        str(tmp_path / "ft"),
        "--max-steps",
        "4",
    )
    assert r.exit_code == 0, r.output
    assert "80 characters outside its vocabulary dropped" in r.stderr  # 'Ż' and 'ü', 40 times
    tuned = checkpoint.load(str(tmp_path / "ft" / "last.npz"))
    assert tuned.vocab == checkpoint.load(f"{out}/best.npz").vocab
    assert tuned.meta["step"] == 4
    # the fine-tuned run resumes and evaluates on its corpus, dropping the same characters
    r = run("train", "--resume", str(tmp_path / "ft" / "last.npz"), "--max-steps", "6")
    assert r.exit_code == 0, r.output
    assert checkpoint.load(str(tmp_path / "ft" / "last.npz")).meta["step"] == 6
    r = run("eval", str(tmp_path / "ft" / "last.npz"))
    assert r.exit_code == 0, r.output
    assert str(other) in r.stdout.splitlines()[0]  # scored on the fine-tuning corpus
    assert " nats/char  bpc " in r.stdout


def test_fine_tune_needs_resume(corpus_file):
    one_line_error(run("train", "--data", corpus_file, "--fine-tune"), "--fine-tune needs --resume")


def test_resume_into_another_run_is_refused(trained, tmp_path, corpus_file):
    out, _ = trained
    other = tmp_path / "other"
    assert (
        run(
            "train", "--data", corpus_file, "--out", str(other), "--max-steps", "2", *TINY
        ).exit_code
        == 0
    )
    before = (other / "last.npz").read_bytes()
    r = run("train", "--resume", f"{out}/last.npz", "--out", str(other), "--max-steps", "12")
    one_line_error(r, "already holds a run")
    assert (other / "last.npz").read_bytes() == before
