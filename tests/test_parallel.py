"""Data-parallel workers (charlstm/parallel.py): the same numbers as one process."""

import os
import signal

import numpy as np
import pytest
from click.testing import CliRunner

from charlstm import evaluate, model, parallel
from charlstm.cli import main
from charlstm.config import ModelConfig
from charlstm.errors import CharlstmError


def random_params(cell, layers=2, hidden=6, V=7, seed=0):
    rng = np.random.default_rng(seed)
    config = ModelConfig(cell=cell, layers=layers, hidden=hidden, dtype="float64")
    params = model.init_params(config, V, rng)
    for value in params.values():  # random biases too
        value[...] = rng.normal(0, 0.5, value.shape)
    return params, rng


@pytest.mark.parametrize("workers", [2, 3])
@pytest.mark.parametrize("cell", ["lstm", "gru"])
def test_workers_match_one_process(cell, workers):
    """Loss, every gradient and the new state, with dropout masks and a loss mask that
    leaves one column with no scored position (its worker contributes nothing)."""
    V, T, B, H = 7, 5, 5, 6
    params, rng = random_params(cell, hidden=H, V=V)
    inputs, targets = rng.integers(0, V, (T, B)), rng.integers(0, V, (T, B))
    state = [
        tuple(rng.normal(size=(B, H)) for _ in s) for s in model.zero_state(params, B, cell=cell)
    ]
    masks = model.dropout_masks(rng, 0.3, 2, (T, B, H), np.float64)
    mask = np.ones((T, B), bool)
    mask[:, -1] = False
    mask[3:, 0] = False
    loss, grads, new_state, _ = model.loss_and_grads(
        params, inputs, targets, state, cell=cell, masks=masks, mask=mask
    )
    with parallel.Workers(workers, params, cell=cell) as pool:
        pool.set_params(params)
        p_loss, p_grads, p_state = pool.loss_and_grads(
            inputs, targets, state, masks=masks, mask=mask
        )
        nll, end = model.sequence_nll(params, inputs, targets, state, cell=cell)
        p_nll, p_end = pool.sequence_nll(inputs, targets, state)
    assert np.isclose(p_loss, loss, rtol=1e-12)
    assert p_grads.keys() == grads.keys()
    for key in grads:
        np.testing.assert_allclose(p_grads[key], grads[key], rtol=1e-10, atol=1e-14)
    for ours, theirs in ((p_state, new_state), (p_end, end)):
        for a, b in zip(ours, theirs, strict=True):
            for x, y in zip(a, b, strict=True):
                np.testing.assert_allclose(x, y, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(p_nll, nll, rtol=1e-12)


def test_a_worker_with_no_scored_position():
    """An epoch's last window of one step where only the first column still has text: the
    second worker's columns are all masked out."""
    params, rng = random_params("lstm")
    inputs, targets = rng.integers(0, 7, (1, 4)), rng.integers(0, 7, (1, 4))
    state = model.zero_state(params, 4, cell="lstm")
    mask = np.array([[True, False, False, False]])
    loss, grads, _, _ = model.loss_and_grads(params, inputs, targets, state, cell="lstm", mask=mask)
    with parallel.Workers(2, params, cell="lstm") as pool:
        pool.set_params(params)
        p_loss, p_grads, _ = pool.loss_and_grads(inputs, targets, state, mask=mask)
        assert np.isclose(p_loss, loss, rtol=1e-12)
        for key in grads:
            np.testing.assert_allclose(p_grads[key], grads[key], rtol=1e-10, atol=1e-14)
    nothing = np.zeros((1, 4), bool)
    loss, grads, _, _ = model.loss_and_grads(
        params, inputs, targets, state, cell="lstm", mask=nothing
    )
    assert loss == 0.0 and all(not g.any() for g in grads.values())


def test_workers_import_this_charlstm(tmp_path, monkeypatch):
    """A directory named charlstm in the current directory does not shadow the workers'."""
    (tmp_path / "charlstm").mkdir()
    (tmp_path / "charlstm" / "__init__.py").write_text("raise ImportError('the wrong one')\n")
    monkeypatch.chdir(tmp_path)
    params, rng = random_params("lstm")
    inputs = rng.integers(0, 7, (2, 2))
    with parallel.Workers(2, params, cell="lstm") as pool:
        pool.set_params(params)
        pool.loss_and_grads(inputs, inputs, model.zero_state(params, 2, cell="lstm"))


def test_more_workers_than_columns():
    params, rng = random_params("lstm")
    inputs, targets = rng.integers(0, 7, (3, 1)), rng.integers(0, 7, (3, 1))
    state = model.zero_state(params, 1, cell="lstm")
    loss, _, _, _ = model.loss_and_grads(params, inputs, targets, state, cell="lstm")
    with parallel.Workers(2, params, cell="lstm") as pool:
        pool.set_params(params)
        assert np.isclose(pool.loss_and_grads(inputs, targets, state)[0], loss, rtol=1e-12)


def test_total_nll_with_workers_equals_one_process():
    params, rng = random_params("lstm")
    ids = rng.integers(0, 7, 500)
    expected = evaluate.total_nll(params, ids, 4, chunk=32, burn_in=16, cell="lstm")
    with parallel.Workers(2, params, cell="lstm") as pool:
        got = evaluate.total_nll(params, ids, 4, chunk=32, burn_in=16, cell="lstm", workers=pool)
    assert got[1] == expected[1] and np.isclose(got[0], expected[0], rtol=1e-12)


def test_a_dead_worker_is_a_clear_error():
    params, rng = random_params("lstm")
    inputs = rng.integers(0, 7, (3, 4))
    with parallel.Workers(2, params, cell="lstm") as pool:
        os.kill(pool._procs[1].pid, signal.SIGKILL)
        pool._procs[1].wait()
        with pytest.raises(CharlstmError, match="worker process died"):
            pool.loss_and_grads(inputs, inputs, model.zero_state(params, 4, cell="lstm"))


def test_workers_leave_no_process_or_file_behind():
    params, _ = random_params("lstm")
    with parallel.Workers(2, params, cell="lstm") as pool:
        procs = list(pool._procs)
    assert all(p.poll() is not None for p in procs)
    assert not any(name.startswith("tmp") for name in os.listdir("/dev/shm"))


def test_eval_workers_flag(trained):
    out, _ = trained
    one = CliRunner().invoke(main, ["eval", f"{out}/best.npz", "--streams", "4", "--json"])
    two = CliRunner().invoke(
        main, ["eval", f"{out}/best.npz", "--streams", "4", "--workers", "2", "--json"]
    )
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    import json

    a, b = json.loads(one.output), json.loads(two.output)
    assert a["chars"] == b["chars"] and np.isclose(a["loss_nats"], b["loss_nats"], rtol=1e-5)
    bad = CliRunner().invoke(main, ["eval", f"{out}/best.npz", "--workers", "0"])
    assert bad.exit_code != 0 and "--workers" in bad.output
