"""The workers' mailboxes (charlstm/shared_memory.py): a message's arrays travel through
shared memory, and only their places go through the socket."""

import os
import pickle

import numpy as np
import pytest

from charlstm.shared_memory import Mailbox, Placed, shared_file


@pytest.fixture
def mailbox_fd():
    with shared_file(0) as file:
        yield file.fileno()


def message(rng, B=5, H=3):
    """A request as parallel.py builds one: ids, a strided view, a list of state tuples,
    None, a zero-size array, a float and a string."""
    ids = rng.integers(0, 7, (4, 2 * B))[:, ::2]  # a strided view of the batch's columns
    state = [tuple(rng.normal(size=(B, H)).astype(np.float32) for _ in range(2))]
    return ("grads", ids, state, None, np.empty((0, H)), 0.25, "text")


def assert_same(got, want):
    if isinstance(want, np.ndarray):
        assert isinstance(got, np.ndarray) and got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)
    elif isinstance(want, (tuple, list)):
        assert type(got) is type(want) and len(got) == len(want)
        for g, w in zip(got, want, strict=True):
            assert_same(g, w)
    else:
        assert got == want


def test_a_message_arrives_whole_and_its_arrays_do_not_travel(mailbox_fd):
    rng = np.random.default_rng(0)
    sent = message(rng, B=200, H=64)  # about 100 KB of arrays
    placed, end = Mailbox(mailbox_fd).put(sent)
    assert len(pickle.dumps((placed, end))) < 1000  # what goes through the socket
    got = Mailbox(mailbox_fd).get(*pickle.loads(pickle.dumps((placed, end))))
    assert_same(got, sent)


def test_the_reader_cannot_write_into_the_writers_arrays(mailbox_fd):
    placed, end = Mailbox(mailbox_fd).put(message(np.random.default_rng(1)))
    state = Mailbox(mailbox_fd).get(placed, end)[2]
    with pytest.raises(ValueError, match="read-only"):
        state[0][0][...] = 0


def test_a_reply_after_its_request_leaves_the_request_intact(mailbox_fd):
    """The worker puts its reply from the request's end: the reply may be made of the
    request's own arrays (views of the mailbox) and the request is not overwritten."""
    main, worker = Mailbox(mailbox_fd), Mailbox(mailbox_fd)
    rng = np.random.default_rng(2)
    sent = message(rng)
    request = worker.get(*main.put(sent))
    reply = ("ok", request[2], [tuple(a * 2 for a in request[2][0])])
    placed, end = worker.put(reply, start=main.put(sent)[1])
    got = main.get(placed, end)
    assert_same(got[1], sent[2])
    assert_same(got[2], [tuple(a * 2 for a in sent[2][0])])
    assert all(p.offset >= main.put(sent)[1] for p in placed[1][0] + placed[2][0])


def test_the_mailbox_grows_and_the_other_side_follows(mailbox_fd):
    """A message larger than the file grows it; a reader that mapped the smaller file maps
    the larger one; the earlier, smaller messages still read right after growth."""
    writer, reader = Mailbox(mailbox_fd), Mailbox(mailbox_fd)
    rng = np.random.default_rng(3)
    small = ("x", rng.normal(size=(10,)))
    assert_same(reader.get(*writer.put(small)), small)
    size = os.fstat(mailbox_fd).st_size
    big = ("x", rng.normal(size=(3, size)))  # 24 times the file
    assert_same(reader.get(*writer.put(big)), big)
    assert os.fstat(mailbox_fd).st_size >= big[1].nbytes
    assert_same(reader.get(*writer.put(small)), small)


def test_arrays_start_on_cache_lines(mailbox_fd):
    placed, _ = Mailbox(mailbox_fd).put(("x", np.ones(3, np.int8), np.ones(5), np.ones(1)))
    offsets = [p.offset for p in placed if isinstance(p, Placed)]
    assert offsets == [0, 64, 128]
