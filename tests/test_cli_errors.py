"""Every bad input gives one line on stderr, naming the problem, and exit status 2."""

import subprocess
import sys

import click
import numpy as np
import pytest

from charlstm.cli import main

from .helpers import one_line_error, run


def test_missing_data_file(tmp_path):
    missing = tmp_path / "nope.txt"
    r = run("train", "--data", str(missing), "--out", str(tmp_path / "r"))
    assert one_line_error(r, "data file not found") == f"error: data file not found: {missing}"


def test_empty_data_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run("train", "--data", str(empty), "--out", str(tmp_path / "r"))
    assert one_line_error(r, "empty") == f"error: data file is empty: {empty}"


def test_bom_only_file_is_empty(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf")
    one_line_error(run("train", "--data", str(path), "--out", str(tmp_path / "r")), "is empty")


def test_not_utf8_names_byte_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"hello caf" + b"\xe9 world")
    r = run("train", "--data", str(path), "--out", str(tmp_path / "r"))
    line = one_line_error(r, "not valid UTF-8")
    assert line.endswith("invalid byte 0xe9 at byte offset 9")


def test_corpus_too_short_says_how_long(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("abcdefghij" * 30, encoding="utf-8")
    r = run(
        "train",
        "--data",
        str(path),
        "--out",
        str(tmp_path / "r"),
        "--set",
        "train.batch_size=8",
        "--set",
        "train.seq_len=50",
    )
    line = one_line_error(r, "training text too short")
    assert "270 characters" in line and "8 × 50 + 1 = 401" in line


def test_unknown_config_key_lists_valid_keys(corpus_file, tmp_path):
    r = run("train", "--data", corpus_file, "--out", str(tmp_path / "r"), "--set", "model.hiden=64")
    line = one_line_error(r, "unknown config key 'model.hiden'; did you mean 'model.hidden'?")
    assert "valid keys:" in line and "train.lr" in line


def test_unknown_key_in_yaml(corpus_file, tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("train:\n  learning_rate: 0.1\n", encoding="utf-8")
    r = run("train", "--config", str(cfg), "--data", corpus_file, "--out", str(tmp_path / "r"))
    one_line_error(r, f"{cfg}: unknown config key 'train.learning_rate'")


def test_a_typo_in_a_config_file_names_the_file_and_the_closest_key(corpus_file, tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("model:\n  hiden: 64\n", encoding="utf-8")
    r = run("train", "--config", str(cfg), "--data", corpus_file, "--out", str(tmp_path / "r"))
    one_line_error(r, f"{cfg}: unknown config key 'model.hiden'; did you mean 'model.hidden'?")
    cfg.write_text("modle:\n  hidden: 64\n", encoding="utf-8")
    r = run("train", "--config", str(cfg), "--data", corpus_file, "--out", str(tmp_path / "r"))
    one_line_error(r, f"{cfg}: unknown config key 'modle'; did you mean 'model'?")
    cfg.write_text("train:\n  lr: -1\n", encoding="utf-8")
    r = run("train", "--config", str(cfg), "--data", corpus_file, "--out", str(tmp_path / "r"))
    one_line_error(r, f"{cfg}: train.lr must be positive")


def test_wrong_type(corpus_file, tmp_path):
    r = run(
        "train", "--data", corpus_file, "--out", str(tmp_path / "r"), "--set", "model.hidden=big"
    )
    assert one_line_error(r, "model.hidden") == (
        "error: config key model.hidden must be an integer, got str 'big'"
    )


@pytest.mark.parametrize("value", ["1", "2", "-5"])
def test_a_chrono_horizon_under_three_is_refused(corpus_file, tmp_path, value):
    """log U(1, horizon − 1) needs horizon − 1 > 1."""
    r = run(
        "train",
        "--data",
        corpus_file,
        "--out",
        str(tmp_path / "r"),
        "--set",
        f"model.chrono={value}",
    )
    assert one_line_error(r, "model.chrono") == (
        "error: model.chrono must be 0 (off) or at least 3 characters"
    )


def test_wrong_type_in_yaml(corpus_file, tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("train:\n  lr: [1, 2]\n", encoding="utf-8")
    r = run("train", "--config", str(cfg), "--data", corpus_file, "--out", str(tmp_path / "r"))
    one_line_error(r, "train.lr must be a finite number, got list")


@pytest.mark.parametrize(
    "setting, message",
    [
        ("train.optimizer=adagrad", "train.optimizer must be one of adam, rmsprop, sgd"),
        ("train.order=shuffled", "train.order must be one of streams, windows, got 'shuffled'"),
        ("train.fresh_rows=32", "train.fresh_rows must be 0, or below train.batch_size"),
        ("train.late_fresh_rows=4", "train.late_fresh_rows needs train.fresh_rows"),
        ("train.late_fresh_rows=-1", "train.late_fresh_rows must be non-negative"),
        (
            "train.late_fresh_rows_after=9",
            "train.late_fresh_rows_after has no effect without train.late_fresh_rows",
        ),
        ("train.bias_lr_scale=0", "train.bias_lr_scale must be positive"),
    ],
)
def test_invalid_value(corpus_file, tmp_path, setting, message):
    r = run("train", "--data", corpus_file, "--out", str(tmp_path / "r"), "--set", setting)
    one_line_error(r, message)


def test_missing_config_file(corpus_file, tmp_path):
    r = run("train", "--config", str(tmp_path / "no.yaml"), "--data", corpus_file)
    one_line_error(r, "config file not found")


def test_yaml_is_never_executed(corpus_file, tmp_path):
    cfg = tmp_path / "evil.yaml"
    cfg.write_text("model: !!python/object/apply:os.system ['touch pwned']\n", encoding="utf-8")
    r = run("train", "--config", str(cfg), "--data", corpus_file, "--out", str(tmp_path / "r"))
    one_line_error(r, "is not valid YAML")
    assert not (tmp_path / "pwned").exists()


def test_prime_outside_vocabulary(trained):
    out, _ = trained
    r = run("sample", f"{out}/best.npz", "--prime", "I grew up in Żürich~", "--length", "5")
    line = one_line_error(r, "not in the model's vocabulary")
    assert "'Ż'" in line and "'ü'" in line and "'~'" in line and "--unknown skip" in line


def test_prime_unknown_skip(trained):
    out, _ = trained
    r = run(
        "sample",
        f"{out}/best.npz",
        "--prime",
        "I grew~",
        "--length",
        "5",
        "--unknown",
        "skip",
        "--seed",
        "0",
    )
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("I grew~")


def test_eval_text_outside_vocabulary(trained, tmp_path):
    out, _ = trained
    path = tmp_path / "other.txt"
    path.write_text("I grew up in Żürich.\n", encoding="utf-8")
    r = run("eval", f"{out}/best.npz", "--data", str(path))
    one_line_error(r, "'Ż'")
    r = run("eval", f"{out}/best.npz", "--data", str(path), "--unknown", "skip", "--json")
    assert r.exit_code == 0, r.output


def test_missing_checkpoint(tmp_path):
    missing = tmp_path / "none.npz"
    for command in (
        ["sample", str(missing)],
        ["eval", str(missing)],
        ["train", "--resume", str(missing)],
    ):
        r = run(*command)
        assert (
            one_line_error(r, "checkpoint not found") == f"error: checkpoint not found: {missing}"
        )


def test_garbage_checkpoint(tmp_path):
    path = tmp_path / "bad.npz"
    path.write_bytes(b"this is not a zip file at all")
    one_line_error(run("sample", str(path)), "not a readable charlstm checkpoint")


def test_truncated_checkpoint(trained, tmp_path):
    out, _ = trained
    data = open(f"{out}/best.npz", "rb").read()
    path = tmp_path / "cut.npz"
    path.write_bytes(data[: len(data) // 2])
    one_line_error(run("eval", str(path)), "not a readable charlstm checkpoint")


def test_pickled_checkpoint_is_refused(tmp_path):
    path = tmp_path / "pickle.npz"
    np.savez(path, meta=np.array([{"format": "charlstm"}], dtype=object))
    one_line_error(run("sample", str(path)), "pickled object arrays")


def test_unreadable_checkpoint(trained, tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    out, _ = trained
    path = tmp_path / "locked.npz"
    path.write_bytes(open(f"{out}/best.npz", "rb").read())
    path.chmod(0)
    one_line_error(run("eval", str(path)), "permission denied")


def test_checkpoint_directory(tmp_path):
    one_line_error(run("eval", str(tmp_path)), "is a directory")


@pytest.mark.parametrize(
    "options, message",
    [
        (["--temperature", "-0.5"], "'--temperature': -0.5 is not in the range x>=0"),
        (["--top-p", "1.5"], "'--top-p': 1.5 is not in the range 0<x<=1"),
        (["--top-p", "0"], "'--top-p': 0.0 is not in the range 0<x<=1"),
        (["--top-k", "-1"], "'--top-k': -1 is not in the range x>=0"),
        (["--length", "-3"], "'--length': -3 is not in the range x>=0"),
        (["--num-samples", "0"], "'--num-samples': 0 is not in the range x>=1"),
        (["--prime", "a", "--prime-file", "x.txt"], "give --prime or --prime-file, not both"),
    ],
)
def test_bad_sample_options(trained, options, message):
    out, _ = trained
    one_line_error(run("sample", f"{out}/best.npz", *options), message)


def test_existing_run_is_not_overwritten(trained, tiny_args):
    out, data = trained
    before = open(f"{out}/last.npz", "rb").read()
    r = run("train", "--data", data, "--out", out, "--max-steps", "2", *tiny_args)
    one_line_error(r, "already holds a run")
    assert open(f"{out}/last.npz", "rb").read() == before


def test_resume_on_other_corpus_is_refused(trained, tmp_path, corpus_text):
    out, _ = trained
    other = tmp_path / "other.txt"
    other.write_text(corpus_text[::-1], encoding="utf-8")
    r = run("train", "--resume", f"{out}/last.npz", "--data", str(other), "--max-steps", "12")
    one_line_error(r, "is not the corpus")


def test_resume_cannot_change_model_shape(trained):
    out, _ = trained
    r = run("train", "--resume", f"{out}/last.npz", "--set", "model.hidden=16")
    one_line_error(r, "cannot change model.hidden when resuming")


def test_unwritable_output_directory(corpus_file, tmp_path, tiny_args):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = run("train", "--data", corpus_file, "--out", str(blocker / "run"), *tiny_args)
    one_line_error(r, "cannot write to output directory")


# Click's own usage errors, for every command: a bad option value, a missing argument or
# option value, an unknown option. They are found while parsing, before any file is read,
# so the checkpoint "X" need not exist.
USAGE_ERRORS = [
    (["train", "--max-steps", "abc"], "invalid value for '--max-steps': 'abc' is not a valid"),
    (["train", "--data"], "option '--data' requires an argument"),
    (["train", "--bogus"], "no such option '--bogus'"),
    (["compare", "--max-time", "soon"], "invalid value for '--max-time'"),
    (["compare", "--out"], "option '--out' requires an argument"),
    (["compare", "--cell", "rnn"], "no such option '--cell'. (Did you mean one of: '--cells'"),
    (["sample", "X", "--length", "abc"], "invalid value for '--length': 'abc' is not a valid"),
    (["sample"], "missing argument 'CKPT'"),
    (["sample", "X", "--bogus"], "no such option '--bogus'"),
    (["eval", "X", "--streams", "0"], "invalid value for '--streams': '0' is not a count"),
    (["eval", "X", "--burn-in", "-1"], "invalid value for '--burn-in': -1 is not in the range"),
    (["eval", "X", "--workers", "0"], "invalid value for '--workers': '0' is not a count"),
    (["eval", "X", "--unknown", "maybe"], "invalid value for '--unknown': 'maybe' is not one of"),
    (["eval"], "missing argument 'CKPT'"),
    (["eval", "X", "--bogus"], "no such option '--bogus'"),
    (["inspect"], "missing argument 'CKPT'"),
    (["inspect", "X", "Y"], "got unexpected extra argument (Y)"),
    (["inspect", "X", "--bogus"], "no such option '--bogus'"),
    (["plot"], "missing argument 'RUN_DIR...'"),
    (["plot", "d", "--out"], "option '--out' requires an argument"),
    (["plot", "d", "--bogus"], "no such option '--bogus'"),
    (["viz", "X", "--count", "0"], "invalid value for '--count': 0 is not in the range x>=1"),
    (["viz", "X", "--layer", "-1"], "invalid value for '--layer': -1 is not in the range"),
    (["viz", "X", "--quantity", "nope"], "invalid value for '--quantity': 'nope' is not one of"),
    (["viz"], "missing argument 'CKPT'"),
    (["viz", "X", "--bogus"], "no such option '--bogus'"),
    (["gradflow", "X", "--max-k", "0"], "invalid value for '--max-k': 0 is not in the range"),
    (["gradflow", "X", "--positions", "x"], "invalid value for '--positions'"),
    (["gradflow", "X", "--out", "f.jpg"], "'--out': 'f.jpg' must end in .png or .svg"),
    (["viz", "X", "--units", "3,,x"], "'--units': '3,,x' is not comma-separated unit numbers"),
    (["viz", "X", "--units", ","], "'--units': ',' names no unit"),
    (["gradflow"], "missing argument 'CKPT...'"),
    (["gradflow", "X", "--bogus"], "no such option '--bogus'"),
    (["data", "longdep", "--out", "f", "--stories", "0"], "'--stories': 0 is not in the range"),
    (["data", "longdep", "--out", "f", "--max-distance", "-1"], "'--max-distance': -1 is not"),
    (["data", "longdep", "--out", "f", "--warmup", "2"], "'--warmup': 2.0 is not"),
    (["data", "longdep", "--out", "f", "--min-distance", "-1"], "'--min-distance': -1 is not"),
    (["data", "longdep", "--out", "f", "--probes-per-bin", "0"], "'--probes-per-bin': 0 is"),
    (["data", "longdep"], "missing option '--out'"),
    (["data", "longdep", "--out", "f", "--bogus"], "no such option '--bogus'"),
    (["data", "nope"], "no such command 'nope'"),
    (["nope"], "no such command 'nope'"),
    (["--bogus"], "no such option '--bogus'"),
]


def help_path(args):
    """The command whose --help the error line names: charlstm, then the command words."""
    words, group = ["charlstm"], main
    for arg in args:
        if not isinstance(group, click.Group) or arg not in group.commands:
            break
        words.append(arg)
        group = group.commands[arg]
    return " ".join(words)


@pytest.mark.parametrize(
    "args, message", USAGE_ERRORS, ids=[" ".join(args) for args, _ in USAGE_ERRORS]
)
def test_usage_error_is_one_line(args, message):
    """One `error: …` line naming the command's help, exit 2, nothing on stdout."""
    r = run(*args)
    line = one_line_error(r, message)
    assert line.endswith(f" (see {help_path(args)} --help)"), line
    assert r.stdout == ""


def test_bad_option_value_through_the_installed_entry_point():
    """The README's example, as a user runs it: one line on stderr, exit 2."""
    r = subprocess.run(
        [sys.executable, "-m", "charlstm", "sample", "X", "--length", "abc"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == (
        "error: invalid value for '--length': 'abc' is not a valid integer range "
        "(see charlstm sample --help)\n"
    )


def test_min_distance_above_max_distance(tmp_path):
    r = run("data", "longdep", "--out", str(tmp_path / "f"), "--min-distance", "2000")
    one_line_error(r, "--min-distance must not be larger than --max-distance")
    assert not (tmp_path / "f").exists()
