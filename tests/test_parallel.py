"""Data-parallel workers (charlstm/parallel.py): the same numbers as one process."""

import os
import signal

import numpy as np
import pytest

from charlstm import evaluate, model, optim, parallel
from charlstm.config import ModelConfig, TrainConfig
from charlstm.errors import CharlstmError
from charlstm.model import Model

from .helpers import run


def random_model(cell, layers=2, hidden=6, V=7, seed=0):
    rng = np.random.default_rng(seed)
    config = ModelConfig(cell=cell, layers=layers, hidden=hidden, dtype="float64")
    net = Model.init(config, V, rng)
    for value in net.params.values():  # random biases too
        value[...] = rng.normal(0, 0.5, value.shape)
    return net, rng


def copy_of(net: Model) -> Model:
    """The same model with its own copy of the parameters."""
    return Model(net.cell, {k: v.copy() for k, v in net.params.items()})


@pytest.mark.parametrize("workers", [2, 3])
@pytest.mark.parametrize("cell", ["lstm", "gru"])
def test_workers_match_one_process(cell, workers):
    """Loss, every gradient, the new state and the initial state's gradient (given a final
    state's gradient), with dropout masks and a loss mask that leaves one column with no
    scored position (its worker contributes only through the final state's gradient)."""
    V, T, B, H = 7, 5, 5, 6
    net, rng = random_model(cell, hidden=H, V=V)
    inputs, targets = rng.integers(0, V, (T, B)), rng.integers(0, V, (T, B))
    state = [tuple(rng.normal(size=(B, H)) for _ in s) for s in net.zero_state(B)]
    dstate = [tuple(rng.normal(size=(B, H)) for _ in s) for s in state]
    masks = model.dropout_masks(rng, 0.3, 2, (T, B, H), np.float64)
    mask = np.ones((T, B), bool)
    mask[:, -1] = False
    mask[3:, 0] = False
    one = copy_of(net)
    loss, grads, new_state, dstate0 = one.loss_and_grads(
        inputs, targets, state, masks=masks, dstate=dstate, mask=mask
    )
    nll, end = one.sequence_nll(inputs, targets, state)
    with parallel.Workers(workers, net) as pool:
        p_loss, p_grads, p_state, p_dstate0 = pool.loss_and_grads(
            inputs, targets, state, masks=masks, dstate=dstate, mask=mask
        )
        p_nll, p_end = pool.sequence_nll(inputs, targets, state)
    assert np.isclose(p_loss, loss, rtol=1e-12)
    assert p_grads.keys() == grads.keys()
    for key in grads:
        np.testing.assert_allclose(p_grads[key], grads[key], rtol=1e-10, atol=1e-14)
    for ours, theirs in ((p_state, new_state), (p_end, end), (p_dstate0, dstate0)):
        for a, b in zip(ours, theirs, strict=True):
            for x, y in zip(a, b, strict=True):
                np.testing.assert_allclose(x, y, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(p_nll, nll, rtol=1e-12)


def test_a_pool_leaves_the_models_parameters_alone():
    """Workers computes with its own copy of the parameters: the model's dict keeps its
    arrays and their values while the pool is open, whatever the pool's optimizer does."""
    net, _ = random_model("lstm")
    params = net.params
    own = dict(params)
    before = {k: v.copy() for k, v in params.items()}
    with parallel.Workers(2, net) as pool:
        assert pool.params is not params
        for value in pool.params.values():  # what an optimizer step does
            value *= 0.5
        assert net.params is params
        assert all(params[k] is own[k] for k in own) and params.keys() == own.keys()
        for key, value in before.items():
            np.testing.assert_array_equal(params[key], value)


def test_parameters_live_in_the_shared_block():
    """In-place updates of pool.params reach the workers with no copy; write_back() and
    close() copy the updated values into the model's own arrays."""
    net, rng = random_model("lstm")
    own = dict(net.params)
    inputs, targets = rng.integers(0, 7, (3, 4)), rng.integers(0, 7, (3, 4))
    with parallel.Workers(2, net) as pool:
        for value in pool.params.values():  # what an optimizer step does
            value *= 0.5
        halved = {k: v.copy() for k, v in pool.params.items()}
        expected = Model(net.cell, halved).loss_and_grads(inputs, targets, net.zero_state(4))
        got = pool.loss_and_grads(inputs, targets, net.zero_state(4))
        assert np.isclose(got.loss, expected.loss, rtol=1e-12)
        parallel.write_back(pool)
        for key, value in halved.items():
            np.testing.assert_array_equal(net.params[key], value)
        for value in pool.params.values():
            value *= 0.5
    assert all(net.params[k] is own[k] for k in own)
    for key, value in halved.items():
        np.testing.assert_array_equal(net.params[key], value * 0.5)


def test_the_main_process_computes_the_first_share():
    """A pool of n is this process and n − 1 workers: no core waits on a process that only
    hands out work."""
    net, _ = random_model("lstm")
    with parallel.Workers(3, net) as pool:
        assert len(pool._procs) == 2


def test_an_error_in_the_main_share_leaves_no_reply_behind(monkeypatch):
    """When the main process's own share fails, the workers' replies are still read: the
    next call gets its own answers, not the failed call's."""
    net, rng = random_model("lstm")
    inputs, targets = rng.integers(0, 7, (3, 4)), rng.integers(0, 7, (3, 4))
    other_inputs = rng.integers(0, 7, (3, 4))
    expected = copy_of(net).loss_and_grads(other_inputs, targets, net.zero_state(4))
    with parallel.Workers(2, net) as pool:
        answer = parallel._answer
        monkeypatch.setattr(parallel, "_answer", lambda *a: 1 / 0)  # only here, not in workers
        with pytest.raises(ZeroDivisionError):
            pool.loss_and_grads(inputs, targets, pool.zero_state(4))
        monkeypatch.setattr(parallel, "_answer", answer)
        got = pool.loss_and_grads(other_inputs, targets, pool.zero_state(4))
        assert np.isclose(got.loss, expected.loss, rtol=1e-12)
        for key, value in expected.grads.items():
            np.testing.assert_allclose(got.grads[key], value, rtol=1e-10, atol=1e-14)


def test_a_worker_with_no_scored_position():
    """An epoch's last window of one step where only the first column still has text: the
    second worker's columns are all masked out."""
    net, rng = random_model("lstm")
    inputs, targets = rng.integers(0, 7, (1, 4)), rng.integers(0, 7, (1, 4))
    state = net.zero_state(4)
    mask = np.array([[True, False, False, False]])
    loss, grads, _, _ = copy_of(net).loss_and_grads(inputs, targets, state, mask=mask)
    with parallel.Workers(2, net) as pool:
        p_loss, p_grads, _, _ = pool.loss_and_grads(inputs, targets, state, mask=mask)
        assert np.isclose(p_loss, loss, rtol=1e-12)
        for key in grads:
            np.testing.assert_allclose(p_grads[key], grads[key], rtol=1e-10, atol=1e-14)
    nothing = np.zeros((1, 4), bool)
    loss, grads, _, _ = net.loss_and_grads(inputs, targets, state, mask=nothing)
    assert loss == 0.0 and all(not g.any() for g in grads.values())


def test_workers_import_this_charlstm(tmp_path, monkeypatch):
    """A directory named charlstm in the current directory does not shadow the workers'."""
    (tmp_path / "charlstm").mkdir()
    (tmp_path / "charlstm" / "__init__.py").write_text("raise ImportError('the wrong one')\n")
    monkeypatch.chdir(tmp_path)
    net, rng = random_model("lstm")
    inputs = rng.integers(0, 7, (2, 2))
    expected, expected_grads, _, _ = copy_of(net).loss_and_grads(inputs, inputs, net.zero_state(2))
    with parallel.Workers(2, net) as pool:
        loss, grads, _, _ = pool.loss_and_grads(inputs, inputs, pool.zero_state(2))
    # the workers computed (an ImportError there would have failed the pool's start)
    assert np.isclose(loss, expected, rtol=1e-12)
    np.testing.assert_allclose(grads["head.W"], expected_grads["head.W"], rtol=1e-10)


def test_more_workers_than_columns():
    net, rng = random_model("lstm")
    inputs, targets = rng.integers(0, 7, (3, 1)), rng.integers(0, 7, (3, 1))
    state = net.zero_state(1)
    loss = copy_of(net).loss_and_grads(inputs, targets, state).loss
    with parallel.Workers(2, net) as pool:
        assert np.isclose(pool.loss_and_grads(inputs, targets, state).loss, loss, rtol=1e-12)


def test_total_nll_with_workers_equals_one_process():
    net, rng = random_model("lstm")
    ids = rng.integers(0, 7, 500)
    expected = evaluate.total_nll(copy_of(net), ids, 4, chunk=32, burn_in=16)
    with parallel.Workers(2, net) as pool:
        got = evaluate.total_nll(pool, ids, 4, chunk=32, burn_in=16)
    assert got[1] == expected[1] and np.isclose(got[0], expected[0], rtol=1e-12)


def test_a_dead_worker_is_a_clear_error():
    net, rng = random_model("lstm")
    inputs = rng.integers(0, 7, (3, 4))
    with parallel.Workers(2, net) as pool:
        os.kill(pool._procs[-1].pid, signal.SIGKILL)
        pool._procs[-1].wait()
        with pytest.raises(CharlstmError, match="worker process died"):
            pool.loss_and_grads(inputs, inputs, pool.zero_state(4))


def shared_files() -> list:
    """This process's open descriptors and memory mappings of the workers' shared memory
    file (a memfd named charlstm-workers)."""
    names = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            names.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:  # the listing's own descriptor, closed by now
            pass
    with open("/proc/self/maps") as maps:
        names.extend(maps)
    return [n for n in names if "charlstm-workers" in n]


@pytest.mark.skipif(not hasattr(os, "memfd_create"), reason="needs memfd and /proc (Linux)")
def test_workers_leave_no_process_or_file_behind():
    """The workers have exited and the shared memory files (the parameters' and gradients',
    and each worker's mailbox, used by a step) are closed and unmapped: with the last
    descriptor and mapping gone, their memory is freed."""
    net, rng = random_model("lstm")
    inputs = rng.integers(0, 7, (3, 4))
    before = shared_files()
    with parallel.Workers(2, net) as pool:
        procs = list(pool._procs)
        pool.loss_and_grads(inputs, inputs, pool.zero_state(4))
        assert len(shared_files()) > len(before)  # the check sees the file while it is open
        assert all(p.poll() is None for p in procs)
    assert all(p.poll() is not None for p in procs)
    assert shared_files() == before


def test_eval_workers_flag(trained):
    out, _ = trained
    one = run("eval", f"{out}/best.npz", "--streams", "4", "--json")
    two = run("eval", f"{out}/best.npz", "--streams", "4", "--workers", "2", "--json")
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    import json

    a, b = json.loads(one.output), json.loads(two.output)
    assert a["chars"] == b["chars"] and np.isclose(a["loss_nats"], b["loss_nats"], rtol=1e-5)
    bad = run("eval", f"{out}/best.npz", "--workers", "0")
    assert bad.exit_code != 0 and "--workers" in bad.output


@pytest.mark.parametrize("cores, watching", [(1, False), (2, True), (8, True)])
def test_processes_watch_for_messages_only_with_a_core_each(monkeypatch, cores, watching):
    """Watching a socket keeps a core busy: a pool of more processes than cores must sleep
    in recv, or a watching process would take the core of the one it waits for."""
    monkeypatch.setattr(parallel.resources, "cores", lambda: cores)
    net, rng = random_model("lstm")
    inputs = rng.integers(0, 7, (3, 4))
    with parallel.Workers(2, net) as pool:
        assert (pool._watch_s > 0) == watching
        pool.loss_and_grads(inputs, inputs, pool.zero_state(4))  # and it still answers


@pytest.mark.parametrize("optimizer, weight_decay", [("adam", 0.0), ("rmsprop", 0.01), ("sgd", 0)])
@pytest.mark.parametrize("workers", [2, 3])
def test_the_update_shared_out_has_the_same_bits(optimizer, weight_decay, workers):
    """Workers.update (each process updating its run of keys in shared memory) against
    optim.update in this process alone, from the same gradients: every parameter and every
    optimizer value the same bits, step after step, clipped or not."""
    V, T, B = 7, 5, 6
    net, rng = random_model("lstm", V=V)
    net = Model(net.cell, {k: v.astype(np.float32) for k, v in net.params.items()})
    config = TrainConfig(optimizer=optimizer, weight_decay=weight_decay, lr=0.01)
    alone, alone_state = copy_of(net), optim.init_state(optimizer, net.params)
    state = optim.init_state(optimizer, net.params)
    with parallel.Workers(workers, net) as pool:
        for step in range(1, 5):
            inputs, targets = rng.integers(0, V, (T, B)), rng.integers(0, V, (T, B))
            _, grads, _, _ = pool.loss_and_grads(inputs, targets, pool.zero_state(B))
            optim.clip_by_global_norm(grads, 0.5 if step % 2 else 0)
            copies = {k: g.copy() for k, g in grads.items()}
            pool.update(config, grads, state, step)
            optim.update(config, alone.params, copies, alone_state, step)
            for key, value in pool.params.items():
                assert value.tobytes() == alone.params[key].tobytes(), (step, key)
            for key, value in state.items():
                assert value.tobytes() == alone_state[key].tobytes(), (step, key)


def test_the_optimizer_state_is_the_callers_again_after_the_pool():
    """While the pool is open the state's arrays are views of shared memory; when it closes
    the dict holds arrays of its own with the values the processes wrote."""
    V, T, B = 7, 5, 6
    net, rng = random_model("lstm", V=V)
    config = TrainConfig(lr=0.01)
    state = optim.init_state("adam", net.params)
    with parallel.Workers(2, net) as pool:
        inputs = rng.integers(0, V, (T, B))
        _, grads, _, _ = pool.loss_and_grads(inputs, inputs, pool.zero_state(B))
        pool.update(config, grads, state, 1)
        during = {k: v.copy() for k, v in state.items()}
    assert all(np.any(v != 0) for v in during.values())  # every key was updated
    for key, value in state.items():
        np.testing.assert_array_equal(value, during[key])
        assert value.flags.owndata and value.flags.writeable


def test_each_process_updates_a_run_of_keys_of_about_equal_size():
    net, _ = random_model("lstm", layers=2, hidden=128, V=65)
    layout, _ = parallel._layout(net.params)
    for count in (2, 3, 4):
        shares = parallel._key_shares(layout, count)
        assert [k for keys in shares for k in keys] == list(net.params)  # each once, in order
        sizes = [sum(net.params[k].size for k in keys) for keys in shares]
        largest = max(v.size for v in net.params.values())
        assert max(sizes) - min(sizes) <= largest  # even to within one key
