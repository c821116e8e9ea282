"""The second hour of a new user (issue 26): a run directory where a checkpoint is
expected, messages that name their file, config-key typos with a suggestion, compare on
your own corpus, and `make train` on your own text."""

import os
import shutil

from .helpers import one_line_error, run


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
