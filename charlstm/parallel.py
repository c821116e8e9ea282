"""Data-parallel workers: the batch's streams split across processes, one core each.

NumPy runs every elementwise operation on one core, and a 2-thread BLAS runs the small
per-step products of a recurrent layer poorly; one single-threaded process per core, each
taking its share of the batch columns, keeps every core busy for the whole step. This is
the same algorithm as one process (same batch, same dropout masks, same update); only the
order in which the batch's gradient is summed differs, so a run is bit-for-bit repeatable
for a given number of workers.

Workers is a Model: its loss_and_grads and sequence_nll split the batch's columns across
the processes; everything else (forward, generation) runs in the main process. A pool of
`count` processes is the main process and count − 1 worker processes: the main process
computes the first share itself while the workers compute theirs, so that no core is left
to a process that only hands out work and waits. While the pool is open, its parameters
(a copy of the model's) and each share's gradient live in one shared memory block (an
unnamed file, a memfd on Linux, mapped by every process, so nothing is left behind if a
process dies): the optimizer's in-place updates of pool.params reach the workers without a
copy. The model it was made from keeps its own dict and arrays; write_back() copies the
pool's values into those arrays (train does at each event, close() does at the end). The
main process sends each worker its columns and adds the shares' gradients, each already
scaled by its share of the scored positions, in share order; after the clip, each process
updates its own run of the parameters (update). A request and its reply go
over a socket, their arrays through the worker's mailbox (shared_memory.py), and a process
waiting for one watches the socket for a moment before it sleeps (_receive).

Workers run parallel.main() in `python -c` with one BLAS thread and freed memory kept for
reuse (resources.keep_freed_memory), ignore SIGINT (the main process decides how a run stops)
and exit when the main process closes its socket.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import signal
import socket
import subprocess
import sys
import time
import traceback
from multiprocessing.connection import Connection

import numpy as np

from charlstm import optim, resources
from charlstm.errors import CharlstmError
from charlstm.model import LossAndGrads, Model
from charlstm.shared_memory import Mailbox, Placed, shared_file

DIED = "a worker process died (out of memory, or killed)"
# A worker's entry point: this very charlstm (its directory first on the path, ahead of the
# current directory), whatever else is importable under that name.
WORKER_MAIN = (
    "import sys; sys.path.insert(0, sys.argv[1]); from charlstm import parallel; parallel.main()"
)
WATCH_S = 0.002  # how long a process watches for a message before it sleeps in recv
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _layout(params: dict) -> tuple[list, int]:
    """[(key, shape, offset)] of each parameter in a flat block, and the block's length."""
    layout, offset = [], 0
    for key, value in params.items():
        layout.append((key, value.shape, offset))
        offset += value.size
    return layout, offset


def _views(block: np.ndarray, layout: list) -> dict:
    return {key: block[o : o + int(np.prod(shape))].reshape(shape) for key, shape, o in layout}


def _split(n_columns: int, n_workers: int) -> list[slice]:
    """Contiguous column ranges, as even as possible; empty ones left out."""
    bounds = np.linspace(0, n_columns, min(n_workers, n_columns) + 1).round().astype(int)
    return [slice(int(a), int(b)) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def _columns(state: list, part: slice) -> list:
    return [tuple(a[part] for a in layer) for layer in state]


def _joined(states: list) -> list:
    """The inverse of _columns: the workers' states (one per worker, in column order) as
    one state over the whole batch."""
    return [
        tuple(np.concatenate(arrays) for arrays in zip(*layers, strict=True))
        for layers in zip(*states, strict=True)
    ]


def pool(count: int, model: Model):
    """A context manager giving the model to compute with: `model` itself for count < 2,
    else a Workers pool of `count` processes over a copy of its parameters (write_back)."""
    return Workers(count, model) if count > 1 else contextlib.nullcontext(model)


def write_back(net: Model) -> None:
    """Bring the model a pool was made from up to date with the pool's parameters; a plain
    model computes with its own arrays and is always up to date."""
    if isinstance(net, Workers):
        net.write_back()


class Workers(Model):
    """The model, with loss_and_grads and sequence_nll shared by `count` processes: this one
    and count − 1 workers.

    Use as a context manager. Its params are views of the shared block, starting from the
    model's values; the model's dict and arrays are left alone until write_back() or
    close() copies the pool's values into the arrays."""

    def __init__(self, count: int, model: Model):
        if count < 2:
            raise ValueError("Workers needs at least 2 processes")
        self._model = None  # the model written back to; set once the block holds its values
        self.layout, self.size = _layout(model.params)
        dtype = model.dtype
        nbytes = (count + 1) * self.size * dtype.itemsize
        self._file = shared_file(nbytes)
        try:
            self._map = mmap.mmap(self._file.fileno(), nbytes)
        except BaseException:
            self._file.close()
            raise
        blocks = np.frombuffer(self._map, dtype).reshape(count + 1, self.size)
        self._grad_blocks = blocks[1:]  # one per share; the main process's share is the first
        params = _views(blocks[0], self.layout)
        for key, view in params.items():
            np.copyto(view, model.params[key])
        super().__init__(model.cell, params)
        self._model = model
        self._local = Model(self.cell, self.params)  # the main process's share, as a worker's
        self._local_grads = _views(self._grad_blocks[0], self.layout)
        env = dict(os.environ, **{name: "1" for name in THREAD_VARIABLES})
        package_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        # watching a socket for a message uses a core: only where each process has its own
        self._watch_s = WATCH_S if count <= resources.cores() else 0.0
        self._procs, self._conns, self._mailboxes, self._mailbox_files = [], [], [], []
        self._optim_file = shared_file(0)  # the optimizer's state, once update() is called
        self._optim = None  # (the state dict, its names, their places, end, the shared views)
        self._optimizer_sent = None  # the config and state the workers update with
        self._key_shares = _key_shares(self.layout, count)
        try:
            for rank in range(1, count):  # rank 0 is the main process
                self._mailbox_files.append(shared_file(0))
                self._mailboxes.append(Mailbox(self._mailbox_files[-1].fileno()))
                ours, theirs = socket.socketpair()
                fds = (
                    theirs.fileno(),
                    self._file.fileno(),
                    self._mailbox_files[-1].fileno(),
                    self._optim_file.fileno(),
                )
                try:
                    self._procs.append(
                        subprocess.Popen(
                            [sys.executable, "-c", WORKER_MAIN, package_root, *map(str, fds)],
                            env=env,
                            pass_fds=fds,
                            start_new_session=True,  # a terminal's Ctrl-C goes to the main one
                        )
                    )
                except BaseException:
                    ours.close()
                    raise
                finally:
                    theirs.close()
                conn = Connection(ours.detach())
                self._conns.append(conn)
                conn.send(
                    {
                        "layout": self.layout,
                        "dtype": dtype.str,
                        "rank": rank,
                        "count": count,
                        "nbytes": nbytes,
                        "cell": self.cell,
                        "watch_s": self._watch_s,
                    }
                )
        except BaseException:
            self.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        for conn in self._conns:
            try:
                conn.send((("stop",), 0))
            except OSError:
                pass
            conn.close()
        for proc in self._procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._conns, self._procs, self._mailboxes = [], [], []
        for file in self._mailbox_files:
            file.close()
        self._mailbox_files = []
        self._release_optimizer_state()
        self._optim_file.close()
        if self._model is not None:
            self.write_back()
            # the model's arrays, now holding the pool's values: no view of the block is
            # left in params, so the mapping can be released below
            self.params = dict(self._model.params)
            self._model = None
        self._grad_blocks = self._local = self._local_grads = None
        if not self._map.closed:
            try:
                self._map.close()
            except BufferError:  # the last gradients handed out are still in use: the
                pass  # mapping is released with them
        self._file.close()

    def write_back(self) -> None:
        """Copy the pool's parameters into the arrays of the model it was made from."""
        if self._model is not None:
            for key, value in self.params.items():
                np.copyto(self._model.params[key], value)

    def _send(self, worker: int, request: tuple) -> None:
        """Send a worker a request, its arrays through the worker's mailbox."""
        message = self._mailboxes[worker].put(request)
        try:
            self._conns[worker].send(message)
        except OSError:
            raise CharlstmError(DIED) from None

    def _gather(self, n: int) -> list:
        """The replies of the first n workers; every reply is read before an error is
        raised, so that no answer is left in a socket."""
        replies, failure = [], None
        for conn, mailbox in zip(self._conns[:n], self._mailboxes, strict=False):
            try:
                reply = mailbox.get(*_receive(conn, self._watch_s))
            except (EOFError, OSError):
                failure = failure or DIED
                continue
            if reply[0] == "error":
                failure = failure or f"a worker failed:\n{reply[1]}"
            replies.append(reply[1:])
        if failure:
            raise CharlstmError(failure)
        return replies

    def _shares(self, B: int) -> list[slice]:
        """The column ranges of the processes, the main process's first."""
        return _split(B, len(self._conns) + 1)

    def _answers(self, requests: list, own_part=None) -> list:
        """Every share's answer, in share order: requests[0] computed here (or own_part()
        called) while the workers compute the rest. On an error here, every worker's reply
        is still read (_gather) before it is raised, so that no answer is left in a socket."""
        sent = 0
        for worker, request in enumerate(requests[1 : len(self._conns) + 1]):
            self._send(worker, request)
            sent += 1
        try:
            if own_part is not None:
                own = own_part()
            else:
                own = _answer(self._local, self._local_grads, requests[0])[1:]
        except BaseException:
            with contextlib.suppress(CharlstmError):
                self._gather(sent)
            raise
        return [own] + self._gather(sent)

    def loss_and_grads(
        self, inputs, targets, state, *, masks=None, dstate=None, mask=None
    ) -> LossAndGrads:
        """Model.loss_and_grads with the batch's columns split across the processes. The
        grads are views of shared memory, valid until the next call."""
        T, B = inputs.shape
        parts = self._shares(B)
        counts = [T * (p.stop - p.start) if mask is None else int(mask[:, p].sum()) for p in parts]
        total = sum(counts)
        requests = [
            (
                "grads",
                inputs[:, part],
                targets[:, part],
                _columns(state, part),
                None if masks is None else [m if m is None else m[:, part] for m in masks],
                None if dstate is None else _columns(dstate, part),
                None if mask is None else mask[:, part],
                n / total if total else 0.0,
            )
            for part, n in zip(parts, counts, strict=True)
        ]
        replies = self._answers(requests)
        grad_sum = self._grad_blocks[0]  # summed in place: no copy of every gradient
        for block in self._grad_blocks[1 : len(parts)]:
            grad_sum += block
        # as Model.loss_and_grads: no scored position at all is a loss of 0, not 0/0
        loss = sum(r[0] * n for r, n in zip(replies, counts, strict=True)) / total if total else 0.0
        return LossAndGrads(
            loss,
            _views(grad_sum, self.layout),
            _joined([r[1] for r in replies]),
            _joined([r[2] for r in replies]),
        )

    def update(self, config, grads: dict, optim_state: dict, step: int) -> None:
        """Model.update with the parameters' keys shared out among the processes (in
        _key_shares' runs of about equal size): the same arithmetic on every value, so the
        same bits, in about half the time with two (docs/speed.md, "The optimizer in both
        processes"). While the pool is open, optim_state's arrays live in shared memory
        (its dict holds views; close() gives it copies back). Gradients that are not this
        pool's last loss_and_grads (in its shared block) are applied here alone."""
        summed = self._local_grads
        if any(
            grads.get(key) is None or grads[key].ctypes.data != summed[key].ctypes.data
            for key in summed
        ):
            return super().update(config, grads, optim_state, step)
        optimizer = self._shared_optimizer_state(optim_state)
        if self._optimizer_sent != (config, optimizer):  # once a run: the workers keep them
            names, placed, end = optimizer
            # the state's places as plain tuples: the request's mailbox leaves them as they are
            request = ("optimizer", config, names, [tuple(p) for p in placed], end)
            self._answers([request] * len(self._key_shares), own_part=tuple)
            self._optimizer_sent = (config, optimizer)
        keys = self._key_shares[0]

        def own_part():
            _update_keys(self.params, summed, optim_state, config, step, keys)
            return ()

        self._answers([("update", step)] * len(self._key_shares), own_part)

    def _shared_optimizer_state(self, optim_state: dict) -> tuple:
        """(names, places, end) of optim_state's arrays in the optimizer's shared file,
        moved there at the first call with this dict (its values replaced by views)."""
        if self._optim is not None:
            state, names, placed, end, views = self._optim
            if state is optim_state and all(optim_state.get(n) is v for n, v in views.items()):
                return names, placed, end
            self._release_optimizer_state()
        names = tuple(optim_state)
        box = Mailbox(self._optim_file.fileno())
        placed, end = box.put([optim_state[n] for n in names])
        views = dict(zip(names, box.get(placed, end, writable=True), strict=True))
        optim_state.update(views)
        self._optim = (optim_state, names, placed, end, views)
        return names, placed, end

    def _release_optimizer_state(self) -> None:
        """Give the optimizer's state dict its own copies of the values in shared memory."""
        if self._optim is not None:
            state, _, _, _, views = self._optim
            for name, view in views.items():
                if state.get(name) is view:
                    state[name] = view.copy()
            self._optim = None

    def sequence_nll(self, inputs, targets, state):
        """Model.sequence_nll with the columns split across the processes."""
        parts = self._shares(inputs.shape[1])
        requests = [("nll", inputs[:, p], targets[:, p], _columns(state, p)) for p in parts]
        replies = self._answers(requests)
        nll = np.concatenate([r[0] for r in replies], axis=1)
        return nll, _joined([r[1] for r in replies])


def _receive(conn: Connection, watch_s: float):
    """conn.recv(), after watching the socket for up to watch_s seconds: a process that
    sleeps in recv takes tens of microseconds more to wake on the message (on the 2-core AMD
    EPYC, a virtual machine: 88 µs from one process's message to the other holding it,
    against 44 µs watching), and in a training step each side waits for the other once
    (docs/speed.md, "The workers' messages")."""
    deadline = time.perf_counter() + watch_s
    while time.perf_counter() < deadline and not conn.poll(0):
        pass
    return conn.recv()


def _key_shares(layout: list, count: int) -> list[list]:
    """The parameters' keys in `count` runs (in the block's order) of about equal size: the
    update's share of each process, the main process's first."""
    sizes = [int(np.prod(shape)) for _, shape, _ in layout]
    before = np.concatenate(([0], np.cumsum(sizes)))  # before[j]: the size of the first j keys
    bounds = [int(np.argmin(np.abs(before - before[-1] * r / count))) for r in range(count + 1)]
    return [
        [key for key, _, _ in layout[a:b]] for a, b in zip(bounds[:-1], bounds[1:], strict=True)
    ]


def _update_keys(params: dict, grads: dict, optim_state: dict, config, step: int, keys) -> None:
    """optim.update on the parameters named in keys."""
    optim.update(
        config, {k: params[k] for k in keys}, {k: grads[k] for k in keys}, optim_state, step
    )


def _answer(model: Model, grads_out: dict, request: tuple) -> tuple:
    """One share of a request, in a worker or in the main process: ("ok", loss, new state,
    initial state's gradient) with the share's scaled gradients written to grads_out, or
    ("ok", nll, new state)."""
    with np.errstate(all="ignore"):  # the main process reports non-finite losses
        if request[0] == "grads":
            inputs, targets, state, masks, dstate, mask, weight = request[1:]
            # The share's mean loss times weight is its part of the batch's mean, so every
            # gradient is scaled by weight; the final state's gradient dstate is not part of
            # the mean, so it goes in divided by weight. (A share with no scored position,
            # weight 0, has a loss gradient of 0: scale by 1.)
            scale = weight or 1.0
            if dstate is not None:
                dstate = [tuple(d / scale for d in layer) for layer in dstate]
            loss, grads, new_state, dstate0 = model.loss_and_grads(
                inputs, targets, state, masks=masks, dstate=dstate, mask=mask
            )
            for key, g in grads.items():
                np.multiply(g, scale, out=grads_out[key])
            dstate0 = [tuple(d * scale for d in layer) for layer in dstate0]
            return ("ok", loss, new_state, dstate0)
        inputs, targets, state = request[1:]
        nll, new_state = model.sequence_nll(inputs, targets, state)
        return ("ok", nll, new_state)


def _serve(conn: Connection, file_fd: int, mailbox_fd: int, optim_fd: int) -> None:
    """A worker's loop: answer requests until told to stop or the socket closes."""
    setup = conn.recv()
    shared = mmap.mmap(file_fd, setup["nbytes"])
    dtype = np.dtype(setup["dtype"])
    blocks = np.frombuffer(shared, dtype).reshape(setup["count"] + 1, -1)
    model = Model(setup["cell"], _views(blocks[0], setup["layout"]))
    grads_out = _views(blocks[1 + setup["rank"]], setup["layout"])
    summed = _views(blocks[1], setup["layout"])  # the shares' gradients, summed in the first
    mailbox, optim_box = Mailbox(mailbox_fd), Mailbox(optim_fd)
    keys = _key_shares(setup["layout"], setup["count"])[setup["rank"]]  # this one's update
    optimizer = None
    while True:
        try:
            placed, end = _receive(conn, setup["watch_s"])
        except (EOFError, OSError):
            return
        try:
            request = mailbox.get(placed, end)
            if request[0] == "stop":
                return
            if request[0] == "optimizer":  # the config and state of the updates to come
                config, names, places, state_end = request[1:]
                placed_state = [Placed(*place) for place in places]
                views = optim_box.get(placed_state, state_end, writable=True)
                optimizer = (config, dict(zip(names, views, strict=True)))
                reply = ("ok",)
            elif request[0] == "update":
                config, state = optimizer
                _update_keys(model.params, summed, state, config, request[1], keys)
                reply = ("ok",)
            else:
                reply = _answer(model, grads_out, request)
            # the reply's arrays go after the request's, which it may hold
            message = mailbox.put(reply, start=end)
        except Exception:  # reported to the main process, which stops with the message
            message = (("error", traceback.format_exc(limit=-3)), 0)
        try:
            conn.send(message)
        except OSError:  # the main process has gone (stopped or closed the pool)
            return


def main() -> None:
    """A worker process: python -c WORKER_MAIN PACKAGE_ROOT SOCKET_FD MEMORY_FD MAILBOX_FD
    OPTIMIZER_FD."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    resources.keep_freed_memory()
    _serve(Connection(int(sys.argv[2])), *map(int, sys.argv[3:6]))
