"""charlstm average: one checkpoint whose weights are the mean of several of one run."""

import numpy as np
from click.testing import CliRunner

from charlstm import checkpoint
from charlstm.cli import main

from .helpers import TINY, one_line_error


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def ok(result):
    assert result.exit_code == 0, result.output
    return result


def trained(tmp_path, corpus_file, name, *extra):
    """A tiny run that keeps a checkpoint at every one of its 6 steps."""
    out = tmp_path / name
    args = ["train", "--data", corpus_file, "--out", out, *TINY, *extra]
    args += ["--set", "train.eval_every=1", "--set", "train.sample_length=0"]
    args += ["--set", "train.keep_checkpoints=10", "--set", "train.lr=0.05"]
    ok(run(*args, "--max-steps", "6"))
    return out


def test_the_average_is_the_mean_of_the_weights_of_the_chosen_steps(tmp_path, corpus_file):
    out = trained(tmp_path, corpus_file, "run")
    result = ok(run("average", out, "--from-step", 4, "--out", tmp_path / "avg.npz"))
    assert "steps 4, 5, 6" in result.output
    kept = {checkpoint.load(str(p)).step: checkpoint.load(str(p)) for p in out.glob("step*")}
    assert sorted(kept) == [1, 2, 3, 4, 5, 6]
    averaged = checkpoint.load(str(tmp_path / "avg.npz"))
    assert averaged.meta["averaged_steps"] == [4, 5, 6]
    assert averaged.step == 6 and averaged.vocab.chars == kept[6].vocab.chars
    for key, value in averaged.params.items():
        mean = np.mean([kept[s].params[key] for s in (4, 5, 6)], axis=0, dtype=np.float64)
        np.testing.assert_allclose(value, mean, rtol=1e-6, atol=1e-7, err_msg=key)
        assert not np.array_equal(value, kept[6].params[key]), key  # not the last one's
    # a model like any other: it is scored and sampled
    ok(run("eval", tmp_path / "avg.npz", "--data", corpus_file))
    ok(run("sample", tmp_path / "avg.npz", "--length", 20, "--seed", 1))


def test_files_and_directories_are_averaged_alike(tmp_path, corpus_file):
    out = trained(tmp_path, corpus_file, "run")
    files = sorted(out.glob("step00000[56]_*.npz"))
    ok(run("average", *files, "--out", tmp_path / "a.npz"))
    ok(run("average", out, "--from-step", 5, "--out", tmp_path / "b.npz"))
    a, b = (checkpoint.load(str(tmp_path / n)) for n in ("a.npz", "b.npz"))
    for key in a.params:
        np.testing.assert_array_equal(a.params[key], b.params[key])


def test_checkpoints_of_another_model_are_refused(tmp_path, corpus_file):
    one = trained(tmp_path, corpus_file, "one")
    other = trained(tmp_path, corpus_file, "other", "--set", "model.hidden=6")
    result = run("average", *sorted(one.glob("step*")), *sorted(other.glob("step*")),
                 "--out", tmp_path / "avg.npz")  # fmt: skip
    one_line_error(result, "only checkpoints of one run can be averaged")
    assert not (tmp_path / "avg.npz").exists()


def test_no_checkpoint_late_enough_and_an_existing_out_are_one_line_errors(tmp_path, corpus_file):
    out = trained(tmp_path, corpus_file, "run")
    one_line_error(run("average", out, "--from-step", 7, "--out", tmp_path / "a.npz"), "step 7")
    (tmp_path / "a.npz").write_text("mine")
    one_line_error(run("average", out, "--out", tmp_path / "a.npz"), "--overwrite")
    assert (tmp_path / "a.npz").read_text() == "mine"
