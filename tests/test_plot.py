"""charlstm plot: loss curves from metrics.jsonl; matplotlib is optional."""

import json
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from charlstm import metrics, plot

from .helpers import TINY, one_line_error, run


def record(step, elapsed, val=None):
    return {"step": step, "train_loss": 4.0 - step / 100, "val_loss": val, "elapsed_s": elapsed}


def test_time_is_summed_over_resumed_invocations():
    # elapsed_s restarts at each invocation: 3 s in the first, then a resume from step 30
    records = [record(10, 1.0), record(20, 2.0, 3.5), record(30, 3.0, 3.4)]
    records += [record(40, 0.5), record(50, 1.5, 3.2)]
    c = plot.curves(records)
    assert c["step"].tolist() == [10, 20, 30, 40, 50]
    assert c["time_s"].tolist() == [1.0, 2.0, 3.0, 3.5, 4.5]
    assert c["val_step"].tolist() == [20, 30, 50]
    assert c["val_loss"].tolist() == [3.5, 3.4, 3.2]
    assert c["val_time_s"].tolist() == [2.0, 3.0, 4.5]
    assert c["train_loss"].tolist() == [3.9, 3.8, 3.7, 3.6, 3.5]


def test_read_metrics_skips_a_cut_line_and_names_a_bad_one(tmp_path):
    lines = [json.dumps(record(2, 0.1)), json.dumps(record(4, 0.2, 3.0))]
    (tmp_path / "metrics.jsonl").write_text("\n".join(lines) + '\n{"step": 6, "tra')
    assert [r["step"] for r in metrics.read(str(tmp_path))] == [2, 4]
    (tmp_path / "metrics.jsonl").write_text(lines[0] + "\n[1, 2]\n" + lines[1] + "\n")
    r = run("plot", str(tmp_path), "--out", str(tmp_path / "x.png"))
    one_line_error(r, "metrics.jsonl line 2 is not a metrics record")


@pytest.fixture
def two_runs(tmp_path, corpus_file):
    """Run a (resumed once) and run b (another seed), tiny and short."""
    a, b = tmp_path / "a", tmp_path / "b"
    for args in (
        ["--out", str(a), "--max-steps", "6"],
        ["--resume", str(a / "last.npz"), "--max-steps", "12"],
        ["--out", str(b), "--max-steps", "8", "--seed", "3"],
    ):
        r = run("train", "--data", corpus_file, *args, *TINY)
        assert r.exit_code == 0, r.output
    return str(a), str(b)


def test_plot_writes_png_and_svg_of_two_runs(two_runs, tmp_path):
    pytest.importorskip("matplotlib")
    a, b = two_runs
    records = metrics.read(a)
    assert [r["step"] for r in records] == [2, 4, 5, 6, 8, 10, 12]
    assert np.all(np.diff(plot.curves(records)["time_s"]) > 0)  # increasing across the resume

    png = tmp_path / "loss.png"
    r = run("plot", a, b, "--out", str(png))
    assert r.exit_code == 0, r.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from matplotlib.image import imread

    pixels = imread(str(png))
    assert pixels.shape[0] > 200 and pixels.shape[1] > 400
    assert pixels[..., :3].std() > 0.05  # something is drawn, not a blank page

    svg = tmp_path / "loss.svg"
    r = run("plot", a, b, "--out", str(svg))
    assert r.exit_code == 0, r.output
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = svg.read_text(encoding="utf-8")
    # matplotlib keeps each text item as a comment; both runs are labelled by directory
    for label in (f"{a} train", f"{a} validation", f"{b} train", f"{b} validation"):
        assert f"<!-- {label} -->" in text, label
    assert "<!-- step -->" in text and "training time" in text


def test_plot_without_matplotlib_says_how_to_install(trained, tmp_path, monkeypatch):
    out, _ = trained
    # as if matplotlib were not installed, even where an earlier test imported it
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    figure = tmp_path / "loss.png"
    r = run("plot", out, "--out", str(figure))
    line = one_line_error(r, "")
    assert line == "error: charlstm plot needs matplotlib: pip install matplotlib"
    assert not figure.exists()


def test_plot_errors_are_one_line(trained, tmp_path):
    out, _ = trained
    one_line_error(run("plot", str(tmp_path / "nowhere")), "no metrics.jsonl in")
    one_line_error(
        run("plot", out, "--out", str(tmp_path / "x.jpg")),
        "'--out': '" + str(tmp_path / "x.jpg") + "' must end in .png or .svg",
    )
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "metrics.jsonl").write_text("")
    one_line_error(run("plot", str(tmp_path / "empty")), "has no records yet")
