"""Memory shared by the main process and its workers (parallel.py): unnamed files that every
process maps, and the mailbox through which the arrays of one worker's messages travel.

A message between the main process and a worker (a request: the share's ids, state and
masks; a reply: its new state and the gradient of its initial state) goes through a
socket. Its arrays do not: Mailbox.put copies them into the worker's mailbox file and puts
their place in the message instead (Placed: offset, shape, dtype), and Mailbox.get gives
the reader views of them there. Pickled through the socket, the reply of a training step
at config b (2 × 128, 25 columns a share, about 100 KB of arrays) took 0.45 ms from the
worker's last operation to the main process holding it, on the 2-core AMD EPYC; pickling
it alone took 0.11 ms of that, and the same reply without its arrays arrived in 0.19 ms
(docs/speed.md, "The workers' messages").
"""

from __future__ import annotations

import math
import mmap
import os
import tempfile
from typing import NamedTuple

import numpy as np

from charlstm.errors import CharlstmError

ALIGN = 64  # each array starts on a cache line


def shared_file(nbytes: int):
    """An unnamed file of nbytes for the processes to map: a memfd where the OS has them
    (Linux; not limited by the size of /dev/shm, which is small in containers), else an
    unlinked temporary file. Its memory is reserved up front, so that a shortage is an error
    here rather than a crash (SIGBUS) in the middle of a run."""
    if hasattr(os, "memfd_create"):
        file = os.fdopen(os.memfd_create("charlstm-workers"), "w+b")
    else:
        file = tempfile.TemporaryFile()
    try:
        reserve(file.fileno(), nbytes)
    except CharlstmError:
        file.close()
        raise
    return file


def reserve(fd: int, nbytes: int) -> None:
    """Make the file fd at least nbytes long, its memory reserved (see shared_file)."""
    try:
        if os.fstat(fd).st_size < nbytes:
            os.ftruncate(fd, nbytes)
        if nbytes and hasattr(os, "posix_fallocate"):
            os.posix_fallocate(fd, 0, nbytes)
    except OSError as e:
        raise CharlstmError(
            f"cannot reserve {nbytes:,} bytes of shared memory for workers: {e}"
        ) from None


class Placed(NamedTuple):
    """Where an array of a message lies in the mailbox."""

    offset: int
    shape: tuple
    dtype: str


def _replaced(message, replace):
    """message with each array (or Placed) replaced by replace(it), through tuples and lists."""
    if isinstance(message, (np.ndarray, Placed)):  # (before tuple: a Placed is one)
        return replace(message)
    if isinstance(message, (tuple, list)):
        return type(message)(_replaced(item, replace) for item in message)
    return message


class Mailbox:
    """One worker's mailbox: a shared file that both sides map.

    The writer of a message (the main process for a request, the worker for its reply) puts
    its arrays in, growing the file where they do not fit; the other side is then waiting
    for the message, so nothing reads the file while it grows. A reply's arrays go after its
    request's (put's start), so that a reply may hold the request's own arrays. The reader's
    views are valid until the next message to the same worker: the main process copies a
    reply's arrays out (parallel.py joins the shares) before it sends the next request.
    """

    def __init__(self, fd: int):
        self.fd = fd
        self._bytes = None  # the mapping's bytes; a grown file is mapped anew, and an old
        self._mapped = 0  # mapping lasts as long as a view of it does

    def _map_at_least(self, nbytes: int) -> None:
        if nbytes > self._mapped:
            size = os.fstat(self.fd).st_size
            self._bytes = np.frombuffer(mmap.mmap(self.fd, size), np.uint8)
            self._mapped = size

    def put(self, message, start: int = 0) -> tuple:
        """(message with its arrays placed from byte `start` on, the end of the last)."""
        places = []
        end = start

        def place(array: np.ndarray) -> Placed:
            nonlocal end
            offset = -(-end // ALIGN) * ALIGN
            end = offset + array.nbytes
            places.append((offset, array))
            return Placed(offset, array.shape, array.dtype.str)

        placed = _replaced(message, place)
        if end > self._mapped:
            pages = -(-max(end, 2 * self._mapped) // mmap.PAGESIZE)
            reserve(self.fd, pages * mmap.PAGESIZE)
            self._map_at_least(end)
        for offset, array in places:
            np.copyto(self._view(offset, array.shape, array.dtype), array)
        return placed, end

    def get(self, placed, end: int, writable: bool = False):
        """The message put() placed, its arrays views into the mailbox: read-only, unless
        `writable` (arrays that both sides keep and update, such as the optimizer's state)."""
        self._map_at_least(end)

        def view(place: Placed) -> np.ndarray:
            array = self._view(place.offset, place.shape, np.dtype(place.dtype))
            array.flags.writeable = writable
            return array

        return _replaced(placed, view)

    def _view(self, offset: int, shape: tuple, dtype: np.dtype) -> np.ndarray:
        nbytes = dtype.itemsize * math.prod(shape)
        if nbytes == 0:  # nothing to share (and nothing may be mapped yet)
            return np.empty(shape, dtype)
        return self._bytes[offset : offset + nbytes].view(dtype).reshape(shape)
