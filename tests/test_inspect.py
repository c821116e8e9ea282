"""charlstm inspect: what a checkpoint holds, as text and as JSON, for every cell."""

import codecs
import hashlib
import json

import numpy as np
import pytest

from charlstm.cells import CELLS
from charlstm.text import visible

from .helpers import TINY, one_line_error, run


@pytest.mark.parametrize("cell", list(CELLS))
def test_inspect_each_cell(cell, tmp_path, corpus_file):
    out = tmp_path / "run"
    # one run with a learned embedding, so that both input kinds are inspected
    embed = ["--set", "model.embed_dim=6"] if cell == "gru" else []
    trained = run(
        "train",
        "--data",
        corpus_file,
        "--out",
        str(out),
        "--max-steps",
        "5",
        "--set",
        f"model.cell={cell}",
        *embed,
        *TINY,
    )
    assert trained.exit_code == 0, trained.output
    ckpt = str(out / "best.npz")

    r = run("inspect", ckpt, "--json")
    assert r.exit_code == 0, r.output
    info = json.loads(r.stdout)

    # everything checked against the file itself, read with numpy, and the corpus
    with np.load(ckpt, allow_pickle=False) as npz:
        meta = json.loads(str(npz["meta"]))
        params = {k[len("params/") :]: npz[k].shape for k in npz.files if k.startswith("params/")}
    text = open(corpus_file, encoding="utf-8").read()
    assert (info["format"], info["version"]) == ("charlstm", 1)
    assert (info["cell"], info["layers"], info["hidden"]) == (cell, 2, 8)
    assert info["embed_dim"] == (6 if embed else 0)
    assert {k: tuple(a["shape"]) for k, a in info["parameters"]["arrays"].items()} == params
    counts = {k: int(np.prod(shape)) for k, shape in params.items()}
    assert {k: a["count"] for k, a in info["parameters"]["arrays"].items()} == counts
    assert info["parameters"]["total"] == sum(counts.values())
    assert info["vocab"] == sorted(set(text)) and info["vocab_size"] == len(set(text))
    assert info["step"] == 5 and info["best_val_loss"] == meta["best_val_loss"]
    assert isinstance(info["best_val_loss"], float)
    assert info["corpus"]["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert info["corpus"]["chars"] == len(text)
    assert info["config"]["model"]["cell"] == cell and info["config"]["train"]["batch_size"] == 4
    assert info["optimizer_slots"] == ["m", "v"]  # Adam
    assert info["carried_state"] == {"names": list(CELLS[cell].STATE), "batch": 4}

    r = run("inspect", ckpt)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"{ckpt}: charlstm checkpoint, format version 1")
    input_kind = "embedding 6" if embed else "one-hot input"
    assert f"model          {cell}, 2 x 8, {input_kind}, float32" in lines
    assert f"parameters     {sum(counts.values()):,}" in lines
    for key in params:
        assert any(line.split()[:1] == [key] for line in lines), key
    # the corpus has newlines and spaces: shown as \n and ␣, never as themselves
    vocab_line = f"vocabulary     {len(set(text))} characters: \\n␣"
    assert any(line.startswith(vocab_line) for line in lines), lines
    assert "training       step 5, epoch 0, batch 5" in lines
    assert f"best val loss  {meta['best_val_loss']:.4f} nats/char" in lines
    assert f"    cell: {cell}" in lines  # the resolved config, as YAML


def test_inspect_bad_checkpoints_are_one_line(tmp_path):
    one_line_error(run("inspect", str(tmp_path / "missing.npz")), "checkpoint not found")
    garbage = tmp_path / "garbage.npz"
    garbage.write_bytes(b"not a checkpoint at all")
    one_line_error(run("inspect", str(garbage), "--json"), "not a readable charlstm checkpoint")


def test_inspect_truncated_checkpoint(trained, tmp_path):
    out, _ = trained
    data = open(f"{out}/best.npz", "rb").read()
    cut = tmp_path / "cut.npz"
    cut.write_bytes(data[: len(data) // 2])
    one_line_error(run("inspect", str(cut)), "not a readable charlstm checkpoint")


ODD = ["\n", "\t", "\r", " ", "\\", "a", "é", "\u00a0", "\x00", "\x7f", "\u200b", "\u0301"]
ODD += ["\u2423", "\u3000", "\U000f0000", "\U0001f600", '"', "'"]


def test_visible_escapes_whitespace_and_control():
    shown = {c: visible(c) for c in ODD}
    assert shown["\n"] == "\\n" and shown["\t"] == "\\t" and shown["\r"] == "\\r"
    assert shown[" "] == "␣" and shown["\\"] == "\\\\"
    assert shown["\u00a0"] == "\\xa0" and shown["\x00"] == "\\x00" and shown["\u3000"] == "\\u3000"
    assert shown["\u0301"] == "\\u0301"  # a combining mark would join the previous character
    assert shown["\U000f0000"] == "\\U000f0000"  # private use
    assert shown["a"] == "a" and shown["é"] == "é" and shown["\U0001f600"] == "\U0001f600"
    for c, s in shown.items():
        assert s.isprintable() and not any(ch.isspace() for ch in s), (c, s)


def test_visible_listing_reads_back_unambiguously():
    listing = "".join(visible(c) for c in ODD)
    # undo the escapes: ␣ is the space (a literal ␣ was escaped), the rest are Python escapes
    read_back = codecs.decode(
        listing.replace("␣", " ").encode("latin-1", "backslashreplace"), "unicode_escape"
    )
    assert read_back == "".join(ODD)
