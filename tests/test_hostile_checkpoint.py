"""A hostile checkpoint costs bounded memory: every member's .npy header is checked against
the config before any of its data is read, and a member may hold no more data than its
header declares (issue 15, item 8)."""

import os
import subprocess
import sys

import numpy as np
import pytest

from charlstm import checkpoint, train
from charlstm.config import Config, ModelConfig, TrainConfig
from charlstm.text import Vocab

from . import hostile
from .helpers import one_line_error, run

GIB = 1 << 30
MEMORY_BOUND_MB = 200
# Runs `charlstm ARGS…` in this process and writes its peak resident memory (MB) to a file:
# VmHWM, the high-water mark of this program's own memory (getrusage's ru_maxrss would also
# count the memory of the pytest process it was forked from).
MEASURE = """
import sys
rss_file, sys.argv = sys.argv[1], ["charlstm", *sys.argv[2:]]
from charlstm.cli import main
try:
    main()
finally:
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    with open(rss_file, "w") as f:
        f.write(str(peak_kb / 1024))
"""
needs_proc = pytest.mark.skipif(
    not os.path.exists("/proc/self/status"), reason="measures memory with /proc (Linux)"
)


@pytest.fixture(scope="module")
def real_arrays(tmp_path_factory):
    """The arrays of a real, small checkpoint (1 × 8 LSTM, 5 characters)."""
    config = Config(model=ModelConfig(hidden=8, layers=1), train=TrainConfig(batch_size=2))
    vocab = Vocab(list("abcde"))
    path = tmp_path_factory.mktemp("real") / "real.npz"
    checkpoint.save(str(path), train.new_state(config, len(vocab)), config, vocab, {})
    with np.load(path, allow_pickle=False) as npz:
        return {name: npz[name] for name in npz.files}


def craft(path, arrays: dict, name: str, member: tuple) -> str:
    """A checkpoint with the real arrays, one of them (name) replaced by member."""
    members = [hostile.stored(k, v) for k, v in arrays.items() if k != name]
    hostile.write_zip(path, [*members, member])
    return str(path)


def inspect_in_subprocess(path: str, tmp_path) -> tuple:
    """(completed process, peak resident memory in MB) of `charlstm inspect path`."""
    rss = tmp_path / "rss"
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(rss), "inspect", path],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done, float(rss.read_text())


@needs_proc
def test_a_member_declaring_two_gigabytes_is_refused_with_bounded_memory(real_arrays, tmp_path):
    """The case of the issue: a ~2 MB file whose params/head.W is deflated zeros under a
    header declaring 2 GiB. Before this check, inspect allocated 2.1 GB for it."""
    header = hostile.npy_header((2 * GIB // 4,), np.float32)
    data, crc = hostile.deflated_zeros(header, 2 * GIB)
    member = ("params/head.W.npy", data, 8, crc, len(header) + 2 * GIB)
    path = craft(tmp_path / "bomb.npz", real_arrays, "params/head.W", member)
    assert (tmp_path / "bomb.npz").stat().st_size < 4 << 20
    done, peak_mb = inspect_in_subprocess(path, tmp_path)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert "params/head.W has shape (536870912,), expected (8, 5)" in lines[0]
    assert peak_mb < MEMORY_BOUND_MB, peak_mb


@needs_proc
def test_a_right_header_with_gigabytes_after_it_is_refused(real_arrays, tmp_path):
    """The header matches the config, but the member goes on for 1 GiB more than the
    header declares: refused from the zip entry's declared size, before reading."""
    right = real_arrays["params/head.W"]
    header = hostile.npy_header(right.shape, right.dtype)
    data, crc = hostile.deflated_zeros(header, GIB)  # 1 GiB: the head's 160 bytes and more
    member = ("params/head.W.npy", data, 8, crc, len(header) + GIB)
    path = craft(tmp_path / "long.npz", real_arrays, "params/head.W", member)
    done, peak_mb = inspect_in_subprocess(path, tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1
    assert "params/head.W holds 1,073,741,824 bytes of data where its shape (8, 5)" in done.stderr
    assert peak_mb < MEMORY_BOUND_MB, peak_mb


@needs_proc
def test_a_meta_declaring_gigabytes_is_refused(real_arrays, tmp_path):
    header = hostile.npy_header((), np.dtype(f"<U{GIB // 4}"))
    data, crc = hostile.deflated_zeros(header, GIB)
    member = ("meta.npy", data, 8, crc, len(header) + GIB)
    path = craft(tmp_path / "meta.npz", real_arrays, "meta", member)
    done, peak_mb = inspect_in_subprocess(path, tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "'meta' declares 268,435,456 characters, more than the 16,777,216" in done.stderr
    assert peak_mb < MEMORY_BOUND_MB, peak_mb


@pytest.mark.parametrize(
    "name, array, message",
    [
        ("optim/m/head.b", np.zeros(6, np.float32), "optim/m/head.b has shape (6,), expected (5,)"),
        (
            "state/h.0",
            np.zeros((2, 8), np.float64),
            "state/h.0 has dtype float64, expected float32",
        ),
        ("optim/other", np.zeros(1, np.float32), "unexpected entry 'optim/other'"),
        ("params/extra", np.zeros(1, np.float32), "unexpected parameter 'params/extra'"),
    ],
)
def test_every_array_is_checked_against_the_config(real_arrays, tmp_path, name, array, message):
    """Not only the parameters: the optimizer's moments and the carried state too, and no
    array the config does not imply."""
    path = craft(tmp_path / "bad.npz", real_arrays, name, hostile.stored(name, array))
    one_line_error(run("inspect", path), message)


def test_the_hand_built_archive_reads_as_numpy_writes_it(real_arrays, tmp_path):
    """The tests' own zip writer, checked: an archive of the real arrays loads and holds them."""
    path = tmp_path / "same.npz"
    hostile.write_zip(path, [hostile.stored(k, v) for k, v in real_arrays.items()])
    ckpt = checkpoint.load(str(path))
    for key, value in ckpt.params.items():
        np.testing.assert_array_equal(value, real_arrays[f"params/{key}"])
    assert ckpt.arrays.keys() == {k for k in real_arrays if k[:6] in ("optim/", "state/")}
