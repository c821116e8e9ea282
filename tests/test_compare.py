"""charlstm compare: each cell's learning rate from a short sweep, seeds with mean and worst,
probe tables; DIR is never silently overwritten. These run without Ray (--local), one
trial after another; the Ray path is the sweep's (tests/test_sweep.py)."""

from __future__ import annotations

import hashlib
import json
import os

import numpy as np
import pytest

from charlstm import checkpoint, compare, compare_report, corpus, gradflow, probes
from charlstm.longdep import layout, probing, task
from charlstm.text import Vocab

from .helpers import TINY, one_line_error, run
from .test_longdep import DEMO_CORPUS_SHA256, DRAWS_THE_PROJECT_CORPUS

AFTER = f"{probes.AFTER_STORY}: p"
HEADLINE_FIRST = [AFTER, f"{probes.ZERO_STATE}: p"]


def readings(path, probes_path) -> dict:
    """{"reading: p": result}: what charlstm eval --probes reads of the checkpoint at path."""
    ckpt = checkpoint.load(str(path))
    text = open(probes_path, encoding="utf-8").read()
    records = probes.parse(text, probes_path, ckpt.vocab)
    found = probes.score_readings(ckpt.model, records, ckpt.vocab)
    return {f"{reading}: p": by_set["all"] for reading, by_set in found.items()}


@pytest.fixture
def probes_file(tmp_path, corpus_text):
    """Probes in the small corpus's alphabet, as `data longdep --probes` writes them."""
    path = tmp_path / "p.jsonl"
    records = probing.probes(2, [(0, 50), (50, 100)], seed=5, alphabet=set(corpus_text))
    path.write_text(probes.to_jsonl(records))
    return str(path)


def compare_args(corpus_file, probes_file, out, *extra):
    return [
        "compare",
        "--local",
        "--cells",
        "lstm,rnn",
        "--lrs",
        "0.001,0.03",
        "--seeds",
        "2",
        "--max-steps",
        "8",
        "--probes",
        probes_file,
        "--data",
        corpus_file,
        "--out",
        str(out),
        "--set",
        "data.val_fraction=0.1",  # gradflow reads 200 characters of the validation text
        *TINY,
        *extra,
    ]


def test_compare_picks_each_cells_lr_and_reports_mean_and_worst_over_seeds(
    tmp_path, corpus_file, probes_file
):
    out = tmp_path / "cmp"
    r = run(*compare_args(corpus_file, probes_file, out))
    assert r.exit_code == 0, r.output
    # the sweep: every cell at every lr, the first seed, the full budget
    lr_sweep = json.loads((out / "lr-sweep" / "sweep.json").read_text())
    assert sorted(t["name"] for t in lr_sweep["trials"]) == [
        "lstm-lr0.001",
        "lstm-lr0.03",
        "rnn-lr0.001",
        "rnn-lr0.03",
    ]
    assert {(t["steps"], t["seed"]) for t in lr_sweep["trials"]} == {(8, 0)}
    results = json.loads((out / "compare.json").read_text())
    for cell in ("lstm", "rnn"):
        swept = results[cell]["lr_sweep"]
        assert {lr: v["best_val_loss"] for lr, v in swept.items()} == {
            f"{t['varying']['train.lr']:g}": t["best_val_loss"]
            for t in lr_sweep["trials"]
            if t["varying"]["model.cell"] == cell
        }
        # the selection probes are read for every lr, and decide (the loss breaks a tie)
        assert all(v["selection_accuracy"] is not None for v in swept.values())
        best = min(
            swept, key=lambda lr: (-swept[lr]["selection_accuracy"], swept[lr]["best_val_loss"])
        )
        assert results[cell]["lr"] == float(best)
        # the first seed is the sweep's own run at that lr, not trained again
        seed0 = out / f"{cell}-seed0"
        assert seed0.is_symlink() and os.readlink(seed0) == f"lr-sweep/{cell}-lr{best}"
        assert set(results[cell]["seeds"]) == {"0", "1"}
        assert results[cell]["steps"] == [8, 8]
        # both of eval's readings, the headline (after a story) first
        assert list(results[cell]["seeds"]["0"]) == HEADLINE_FIRST
        per_seed = [
            s[AFTER]["by_distance"]["0-50"]["accuracy"] for s in results[cell]["seeds"].values()
        ]
        assert results[cell]["mean"][AFTER]["by_distance"]["0-50"]["accuracy"] == pytest.approx(
            sum(per_seed) / 2
        )
        assert results[cell]["worst"][AFTER]["by_distance"]["0-50"]["accuracy"] == min(per_seed)
        for seed in (0, 1):
            run_dir = out / f"{cell}-seed{seed}"
            assert all((run_dir / f).exists() for f in ("config.yaml", "last.npz", "best.npz"))
            assert results[cell]["scored"][str(seed)]["averaged_steps"] is None
            # each seed's scores are eval's readings of its best.npz
            assert results[cell]["seeds"][str(seed)] == readings(run_dir / "best.npz", probes_file)
    table = (out / "compare.md").read_text()
    assert table == r.stdout
    assert [line for line in table.splitlines() if line.startswith("### ")] == [
        f"### {label}" for label in HEADLINE_FIRST
    ]
    lines = table.splitlines()
    assert lines[2] == "| cell | lr | seeds | steps | 0-50 | 50-100 | all |"
    assert lines[4].startswith(f"| lstm | {results['lstm']['lr']:g} | 2 | 8 | ")
    assert lines[5].startswith(f"| rnn | {results['rnn']['lr']:g} | 2 | 8 | ")
    flows = json.loads((out / "gradflow.json").read_text())
    assert len(flows["lstm"]["grad_norm"]) == 201 and flows["rnn"]["grad_norm"][0] > 0
    assert (out / "accuracy.png").read_bytes()[:4] == b"\x89PNG"
    # the same command again trains nothing and gives the same table
    stamps = {p: p.stat().st_mtime_ns for p in out.glob("*/last.npz")}
    again = run(*compare_args(corpus_file, probes_file, out))
    assert again.exit_code == 0, again.output
    assert again.stdout == table
    assert {p: p.stat().st_mtime_ns for p in out.glob("*/last.npz")} == stamps


def test_compare_refuses_to_replace_another_comparison_without_overwrite(
    tmp_path, corpus_file, probes_file
):
    out = tmp_path / "cmp"
    assert run(*compare_args(corpus_file, probes_file, out)).exit_code == 0
    before = (out / "lstm-seed0" / "last.npz").read_bytes()
    quick = ["compare", "--local", "--cells", "lstm", "--max-steps", "4", "--out", str(out)]
    r = run(*quick, "--probes", probes_file, "--data", corpus_file, *TINY)
    one_line_error(r, f"{out} holds another comparison")
    assert "--overwrite" in r.stderr
    assert (out / "lstm-seed0" / "last.npz").read_bytes() == before
    r = run(*quick, "--probes", probes_file, "--data", corpus_file, *TINY, "--overwrite")
    assert r.exit_code == 0, r.output


def test_compare_refuses_an_earlier_versions_runs_in_dir(tmp_path, corpus_file, probes_file):
    out = tmp_path / "cmp"
    trained = run(
        "train", "--data", corpus_file, "--out", str(out / "lstm"), "--max-steps", "2", *TINY
    )
    assert trained.exit_code == 0, trained.output
    one_line_error(run(*compare_args(corpus_file, probes_file, out)), f"a run in {out}/lstm")
    assert (out / "lstm" / "last.npz").exists()


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--cells", "lstm,tree"], "unknown cell 'tree'"),
        (["--cells", ","], "unknown cell '(none)'"),
        (["--lrs", "0.01,-1"], "--lrs must be distinct positive"),
        (["--lrs", "0.01,0.01"], "--lrs must be distinct positive"),
        (["--set", "train.nope=1"], "unknown config key 'train.nope'"),
    ],
)
def test_compare_refuses_bad_input_before_training(
    tmp_path, corpus_file, probes_file, args, fragment
):
    out = tmp_path / "cmp"
    one_line_error(run(*compare_args(corpus_file, probes_file, out), *args), fragment)
    assert not out.exists()


def test_compare_checks_the_probe_file_before_training(tmp_path, corpus_file):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"prompt": "x"}\n')
    out = tmp_path / "cmp"
    one_line_error(run(*compare_args(corpus_file, str(bad), out)), "'answer' must be")
    assert not out.exists()


def test_the_default_config_and_probes_are_found_from_any_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert os.path.isfile(compare.resource("configs/demo.yaml"))
    assert os.path.isfile(compare.resource("data/longdep_probes.jsonl"))


def test_the_table_gives_the_mean_and_the_worst_seed():
    def result(near, far, overall):
        return {
            "probe_accuracy": overall,
            "n": 4,
            "by_distance": {
                "0-50": {"n": 2, "accuracy": near},
                "50-100": {"n": 2, "accuracy": far},
            },
        }

    seeds = [result(1.0, 0.5, 0.75), result(0.5, 0.0, 0.25), result(1.0, 1.0, 1.0)]
    over = compare_report.over_seeds(seeds)
    mean, worst = over["mean"], over["worst"]
    assert mean["by_distance"]["0-50"]["accuracy"] == pytest.approx(2.5 / 3)
    assert worst["by_distance"]["50-100"]["accuracy"] == 0.0
    assert worst["probe_accuracy"] == 0.25
    by_cell = {
        "lstm": {
            "lr": 0.003,
            "seeds": dict.fromkeys("012"),
            "steps": [9] * 3,
            "mean": {"p": mean},
            "worst": {"p": worst},
        }
    }
    row = compare_report.markdown_table(
        by_cell, "p", "its best validation checkpoint"
    ).splitlines()[2]
    assert row == "| lstm | 0.003 | 3 | 9 | 83% (50%) | 50% (0%) | 67% (25%) |"


@DRAWS_THE_PROJECT_CORPUS
def test_compare_writes_the_corpus_make_data_writes(tmp_path):
    path = tmp_path / "longdep.txt"
    compare.write_project_corpus(str(path))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == DEMO_CORPUS_SHA256


@pytest.mark.slow
@DRAWS_THE_PROJECT_CORPUS
def test_compare_with_its_defaults_works_from_any_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    args = ["--cells", "rnn", "--lrs", "0.003", "--seeds", "1", "--max-steps", "2"]
    r = run("compare", "--local", *args, "--out", "cmp")
    assert r.exit_code == 0, r.output
    assert "writing the project's long-dependency corpus" in r.stderr
    assert (tmp_path / "cmp" / "longdep.txt").exists()
    assert "### after a story: ood" in r.stdout and "| rnn | 0.003 | 1 | 2 |" in r.stdout


def flow_of(path) -> list[float]:
    """The gradient-flow curve compare draws for a cell's first seed, of the checkpoint at path."""
    ckpt = checkpoint.load(str(path))
    ids, _ = corpus.ids_to_score(ckpt, None, "error")
    return gradflow.flow(ckpt.model, ids, max_k=compare_report.GRADFLOW_K, positions=100)[
        "grad_norm"
    ]


KEEP_EVERY_2 = ["--set", "train.eval_every=2", "--set", "train.keep_checkpoints=10"]


def test_compare_average_from_scores_the_mean_of_each_runs_late_checkpoints(
    tmp_path, corpus_file, probes_file
):
    out = tmp_path / "cmp"
    args = compare_args(corpus_file, probes_file, out, *KEEP_EVERY_2, "--average-from", "4")
    args[args.index("--lrs") + 1] = "0.01"  # one learning rate: no sweep
    r = run(*args)
    assert r.exit_code == 0, r.output
    results = json.loads((out / "compare.json").read_text())
    assert "each seed's model is the mean of its checkpoints at steps 4-8 (3)." in r.stdout
    for cell in ("lstm", "rnn"):
        for seed in ("0", "1"):
            run_dir = out / f"{cell}-seed{seed}"
            scored = results[cell]["scored"][seed]
            averaged_path = run_dir / "averaged.npz"
            assert scored == {"checkpoint": str(averaged_path), "averaged_steps": [4, 6, 8]}
            averaged = checkpoint.load(str(averaged_path))
            kept = [checkpoint.load(str(p)) for p in sorted(run_dir.glob("step*_val*.npz"))]
            assert sorted(c.step for c in kept) == [2, 4, 6, 8]
            for key, value in averaged.params.items():
                late = [c.params[key] for c in kept if c.step >= 4]
                np.testing.assert_array_equal(
                    value, np.mean(late, axis=0, dtype=np.float64).astype(value.dtype)
                )
            assert results[cell]["seeds"][seed] == readings(averaged_path, probes_file)
        # the scored model is the average, not best.npz: the first seed's gradient flow (a
        # curve, where a few probe accuracies could coincide) is the average's
        flows = json.loads((out / "gradflow.json").read_text())
        averaged_flow = flow_of(out / f"{cell}-seed0" / "averaged.npz")
        assert flows[cell]["grad_norm"] == pytest.approx(averaged_flow, rel=1e-9)
        assert flows[cell]["grad_norm"] != pytest.approx(
            flow_of(out / f"{cell}-seed0" / "best.npz"), rel=1e-6
        )

    # a kept checkpoint gone (deleted by hand, or a kill between last.npz and it): the same
    # command trains nothing and names what is missing instead of averaging around the gap
    next(iter((out / "rnn-seed1").glob("step000006_*.npz"))).unlink()
    one_line_error(run(*args), f"{out / 'rnn-seed1'} lacks the checkpoints of steps 6")

    # without --average-from the same runs are scored by best.npz, and no average is left
    no_average = args[: args.index("--average-from")]
    r = run(*no_average)
    assert r.exit_code == 0, r.output
    results = json.loads((out / "compare.json").read_text())
    assert results["lstm"]["scored"]["0"]["checkpoint"] == str(out / "lstm-seed0" / "best.npz")
    assert not list(out.glob("*/averaged.npz"))
    assert "each seed's model is its best validation checkpoint." in r.stdout


@pytest.mark.parametrize(
    "extra, fragment",
    [
        ([*KEEP_EVERY_2, "--average-from", "9"], "--average-from 9 is past the budget of 8"),
        (
            ["--set", "train.eval_every=2", "--set", "train.keep_checkpoints=3"]
            + ["--average-from", "4"],
            "the runs keep 3 (train.keep_checkpoints) of their 4",
        ),
        (["--average-from", "4", "--set", "train.keep_checkpoints=0"], "the runs keep 0"),
        ([*KEEP_EVERY_2, "--average-from", "4", "--max-time", "60"], "not --max-time"),
    ],
)
def test_compare_refuses_an_average_it_cannot_make_before_training(
    tmp_path, corpus_file, probes_file, extra, fragment
):
    out = tmp_path / "cmp"
    one_line_error(run(*compare_args(corpus_file, probes_file, out, *extra)), fragment)
    assert not out.exists()


def test_the_figure_draws_the_ood_set_read_after_a_story():
    after, zero = probes.AFTER_STORY, probes.ZERO_STATE
    # two files: the first without an after-story reading (one answer), a set named "food"
    parts = {
        f"{zero}: a: food": (zero, "food"),
        f"{zero}: a: ood": (zero, "ood"),
        f"{after}: b: in-distribution": (after, "in-distribution"),
        f"{after}: b: ood": (after, "ood"),
    }
    assert compare_report.figure_label(parts, list(parts)) == f"{after}: b: ood"
    del parts[f"{after}: b: ood"]
    assert compare_report.figure_label(parts, list(parts)) == f"{zero}: a: ood"
    assert compare_report.figure_label({"x": (after, "mine")}, ["x"]) == "x"


def test_the_lr_is_chosen_by_the_selection_probes_then_the_loss(monkeypatch):
    # each row's "checkpoint" names its model; its selection accuracy is looked up
    accuracy = {"a": 0.9, "b": 0.9, "c": 0.5, "d": None, "e": None}
    monkeypatch.setattr(
        compare_report, "model_to_score", lambda run_dir, average_from: (run_dir, None)
    )
    monkeypatch.setattr(compare.checkpoint, "load", lambda path: path)
    monkeypatch.setattr(compare, "selection_accuracy", lambda ckpt: accuracy[ckpt])

    def row(cell, lr, loss, model):
        varying = {"model.cell": cell, "train.lr": lr}
        return {"varying": varying, "best_val_loss": loss, "checkpoint": model, "run_dir": model}

    found = {
        "trials": [
            row("lstm", 0.01, 0.8, "a"),
            row("lstm", 0.003, 0.9, "b"),
            row("lstm", 0.001, 0.5, "c"),  # the lowest loss, but fewer probes right
            row("rnn", 0.01, 1.0, "d"),
            row("rnn", 0.003, 0.7, "e"),  # no probes it can read: the loss decides
        ]
    }
    assert compare.choose_lrs(found, ["lstm", "rnn"], None) == {"lstm": 0.01, "rnn": 0.003}
    assert [r["selection_accuracy"] for r in found["trials"]] == [0.9, 0.9, 0.5, None, None]


def test_selection_probes_are_not_the_reported_ones(tmp_path):
    text = layout.corpus(300, 0, 1600, seed=3)
    vocab = Vocab.from_text(text + "".join(task.LANGUAGES))
    chosen = compare.selection_probes(vocab)
    assert len(chosen) == 6 * compare.SELECTION_PER_BIN
    reported = {
        json.loads(line)["prompt"]
        for line in open(compare.resource("data/longdep_probes.jsonl"), encoding="utf-8")
    }
    # each is read after another story: its own story is the prompt's last line
    stories = [vocab.decode(r["prompt"]).split("\n") for r in chosen]
    assert all(len(lines) == 2 for lines in stories)
    assert not {lines[-1] for lines in stories} & reported
