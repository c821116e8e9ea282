"""The second hour of a new user (issue 26): a run directory where a checkpoint is
expected, messages that name their file, config-key typos with a suggestion, compare on
your own corpus, and `make train` on your own text."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from .helpers import TINY, one_line_error, run


def test_a_run_directory_is_its_best_checkpoint_for_every_reading_command(trained, tmp_path):
    out, data = trained
    best = os.path.join(out, "best.npz")
    text = tmp_path / "t.txt"
    text.write_text(open(data, encoding="utf-8").read()[:300], encoding="utf-8")
    commands = [
        ("sample", out, "--length", "5", "--seed", "0"),
        ("eval", out, "--json"),
        ("inspect", out),
        ("viz", out, "--text", str(text), "--out", str(tmp_path / "v.html")),
        ("gradflow", out, "--text", str(text), "--max-k", "4", "--json"),
    ]
    for args in commands:
        r = run(*args)
        assert r.exit_code == 0, (args, r.output)
        assert f"using {best} (a run's averaged.npz if it has one, else best.npz)" in r.stderr
    assert run("eval", out, "--json").stdout == run("eval", best, "--json").stdout


def test_a_run_directory_with_averaged_weights_is_those(trained):
    out, _ = trained
    shutil.copy(os.path.join(out, "last.npz"), os.path.join(out, "averaged.npz"))
    r = run("inspect", out, "--json")
    assert r.exit_code == 0, r.output
    assert f"using {os.path.join(out, 'averaged.npz')}" in r.stderr


def test_a_directory_without_a_model_is_one_line_naming_it(tmp_path):
    one_line_error(
        run("sample", str(tmp_path)), f"{tmp_path} is a directory without averaged.npz or best.npz"
    )


def test_average_of_a_run_without_kept_checkpoints_names_the_run(trained, tmp_path):
    out, _ = trained
    r = run("average", out, "--out", str(tmp_path / "a.npz"))
    one_line_error(r, f"no checkpoint of step 0 or later in {out} (a run keeps")


def test_make_train_on_your_own_text_generates_nothing_else():
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    planned = subprocess.run(
        ["make", "-n", "-C", root, "train", "DATA=mine.txt", "MAX_TIME=60"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "data longdep" not in planned
    assert ".venv/bin/charlstm train --data mine.txt --out runs/mine --max-time 60" in planned


def test_make_data_writes_the_corpus_again_when_its_recipe_changes():
    """A clone pulled to a new recipe (layout.py, the grammar, the lexicon) must not keep
    training on the corpus an older one left in data/: make data depends on that code."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    database = subprocess.run(
        ["make", "-p", "-n", "-C", root, "data"], capture_output=True, text=True, check=True
    ).stdout
    rule = next(line for line in database.splitlines() if line.startswith("data/longdep.txt:"))
    needs = rule.split(":", 1)[1].split("|")[0].split()
    for code in ("layout.py", "sides.py", "probing.py", "task.py"):
        assert f"charlstm/longdep/{code}" in needs
    assert "charlstm/grammar.py" in needs and "charlstm/lexicon.py" in needs


def test_train_says_how_long_and_its_hints_name_the_command_as_run(tmp_path, corpus_file):
    """Run as make runs it: .venv/bin/charlstm by its path, with no charlstm on PATH."""
    script = os.path.join(os.path.dirname(sys.executable), "charlstm")
    env = {**os.environ, "PATH": "/usr/bin:/bin"}
    out = tmp_path / "run"
    done = subprocess.run(
        [script, "train", "--data", corpus_file, "--out", str(out), "--max-steps", "4", *TINY],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "trains to step 4 (train.max_steps); no time limit (--max-time SECONDS sets one)" in (
        done.stderr
    )
    assert "Ctrl-C stops, saves last.npz and says how to continue" in done.stderr
    assert f"raise --max-steps: {script} train --resume {out}/last.npz --max-steps 8" in (
        done.stderr
    )


def compare_on(corpus_file, probes, out, *extra):
    return run(
        "compare", "--local", "--cells", "lstm", "--lrs", "0.003", "--seeds", "1",
        "--max-steps", "4", "--data", corpus_file, "--probes", str(probes), "--out", str(out),
        "--set", "data.val_fraction=0.1", *TINY, *extra,
    )  # fmt: skip


def test_compare_checks_probes_against_the_corpus_before_training_and_takes_unknown(
    tmp_path, corpus_file
):
    """A probe character the corpus never has is refused before any run trains, naming the
    file and line, with a hint compare can take; --unknown skip drops it."""
    assert "¤" not in open(corpus_file, encoding="utf-8").read()
    probes = tmp_path / "mine.jsonl"
    good = '{"prompt": "I grew up in France. I speak fluent", "answer": " French"}'
    probes.write_text(good + "\n" + good.replace("fluent", "fluent¤") + "\n", encoding="utf-8")
    out = tmp_path / "cmp"
    r = compare_on(corpus_file, probes, out)
    one_line_error(r, f"{probes} line 2: 1 character(s) not in the model's vocabulary: '¤'")
    assert "--unknown skip" in r.stderr
    assert not out.exists()  # nothing trained
    r = compare_on(corpus_file, probes, out, "--unknown", "skip")
    assert r.exit_code == 0, r.output
    assert (out / "lstm-seed0" / "best.npz").exists()


def test_compare_stopped_by_its_probes_continues_with_other_probes_without_training(
    tmp_path, corpus_file
):
    probes = tmp_path / "p.jsonl"
    probes.write_text(
        '{"prompt": "I grew up in France. I speak fluent", "answer": " French"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "cmp"
    assert compare_on(corpus_file, probes, out).exit_code == 0
    trained = (out / "lstm-seed0" / "metrics.jsonl").read_bytes()
    other = tmp_path / "other.jsonl"
    other.write_text(
        '{"prompt": "I grew up in Spain. I speak fluent", "answer": " Spanish"}\n',
        encoding="utf-8",
    )
    r = compare_on(corpus_file, other, out)  # no --overwrite
    assert r.exit_code == 0, r.output
    assert (out / "lstm-seed0" / "metrics.jsonl").read_bytes() == trained  # not trained again
    assert "other" in (out / "compare.md").read_text()


def test_a_comparison_planned_by_an_earlier_version_continues(tmp_path, corpus_file):
    """Plans written before the probes left the identity name them: still the same one."""
    probes = tmp_path / "p.jsonl"
    probes.write_text(
        '{"prompt": "I grew up in France. I speak fluent", "answer": " French"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "cmp"
    assert compare_on(corpus_file, probes, out).exit_code == 0
    plan = out / "compare-plan.json"
    old = {**json.loads(plan.read_text()), "probes": [str(probes)]}
    plan.write_text(json.dumps(old))
    trained = (out / "lstm-seed0" / "metrics.jsonl").read_bytes()
    r = compare_on(corpus_file, probes, out)
    assert r.exit_code == 0, r.output
    assert (out / "lstm-seed0" / "metrics.jsonl").read_bytes() == trained
