"""Cutting a corpus into training batches for truncated backpropagation through time.

Two orders (train.order):
- streams: the training ids are cut into B contiguous streams of equal length (char-rnn
  style); batch k is the next T characters of every stream, so the state at the end of one
  batch is the right initial state for the next. Each epoch covers every stream from its
  start; the last window of an epoch is shorter when T does not divide the stream length.
- windows: every batch is B windows of T + 1 characters at random places, each read from a
  zero state (PyTorch's usual order). Neighbouring batches are unrelated, but the model
  never sees more than T characters of context in training. Neither order was better on
  tiny Shakespeare in ten minutes (docs/speed.md, "Data order").

With train.fresh_rows F > 0 (streams only), B − F rows are streams and the last F rows of
every batch read a window of T + 1 characters from a zero state, starting at a line start
drawn at random (FreshStarts): a model read from a zero state, as `sample --prime` and every
new reader start, meets that state at the start of a line thousands of times in a run,
instead of B times a pass (docs/longdep.md). With train.late_fresh_rows L as well, the batches
after step train.late_fresh_rows_after have L fresh rows beside the same B − F streams
(B − F + L rows): a model finds the rule with few fresh rows and learns to read it from a
zero state with more (docs/longdep.md, "F4L").

Every batcher says how many rows the batch of a step has (rows(step)) and takes the step in
window(k, step); only FreshStarts's answer depends on it.
"""

from __future__ import annotations

import numpy as np

from charlstm.errors import CharlstmError

ORDERS = ("streams", "windows")


def split(ids: np.ndarray, val_fraction: float) -> tuple[np.ndarray, np.ndarray]:
    """Contiguous split: the first (1 − val_fraction) of the text trains, the rest validates."""
    cut = int(len(ids) * (1 - val_fraction))
    return ids[:cut], ids[cut:]


def split_with_test(ids: np.ndarray, val_fraction: float, test_fraction: float) -> tuple:
    """Contiguous train | validation | test, each fraction of the whole text; the test split
    is the last part. With test_fraction 0 the test split is empty and the rest is split()."""
    val_cut = int(len(ids) * (1 - val_fraction - test_fraction))
    test_cut = int(len(ids) * (1 - test_fraction))
    return ids[:val_cut], ids[val_cut:test_cut], ids[test_cut:]


class Streams:
    """B parallel streams over ids; window(k) gives inputs, targets and a mask, each (T, B).

    The N − 1 predictions of the text are shared out so that every character is predicted
    exactly once per epoch: each stream gets (N − 1) // B of them and the first (N − 1) % B
    streams one more. The mask is None for every window in which all streams have
    characters left (all but possibly the last), else a (T, B) boolean array.
    """

    carries_state = True  # the state at the end of a batch starts the next

    def __init__(self, ids: np.ndarray, batch_size: int, seq_len: int):
        needed = batch_size * seq_len + 1
        if len(ids) < needed:
            raise CharlstmError(
                f"training text too short: {len(ids)} characters, but batch_size × seq_len + 1 "
                f"= {batch_size} × {seq_len} + 1 = {needed} are needed for one batch "
                "(use more text or lower train.batch_size / train.seq_len)"
            )
        self.ids = ids
        self.seq_len = seq_len
        self.predictions = len(ids) - 1
        base, extra = divmod(self.predictions, batch_size)
        self.lengths = np.full(batch_size, base) + (np.arange(batch_size) < extra)  # (B,)
        self.starts = np.concatenate(([0], np.cumsum(self.lengths)[:-1]))  # (B,)
        self.batches_per_epoch = -(-int(self.lengths[0]) // seq_len)

    def rows(self, step: int) -> int:
        """How many rows the batch after `step` finished steps has: B."""
        return len(self.lengths)

    def start_state(self, carried: list, zero: list) -> list:
        """The state batch k starts from: the carried one (zero: the model's zero state)."""
        return carried

    def window(self, k: int, step: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """Batch k of an epoch (0 ≤ k < batches_per_epoch): (T, B) inputs, targets, mask.
        Positions are computed per window, so the corpus is never copied."""
        t0 = k * self.seq_len
        t = np.arange(t0, min(t0 + self.seq_len, int(self.lengths[0])))  # (T,)
        valid = t[:, None] < self.lengths[None, :]  # (T, B)
        # padding (past a stream's end) repeats a valid position; the mask zeroes its loss
        positions = np.minimum(self.starts[None, :] + t[:, None], self.predictions - 1)
        return self.ids[positions], self.ids[positions + 1], None if valid.all() else valid


class Windows(Streams):
    """B windows of T + 1 characters at uniformly random places each batch, drawn from rng;
    window(k) gives inputs, targets and mask None, each (T, B), and every batch starts from
    a zero state (carries_state is False).

    An epoch is as many batches as Streams makes of the same text, so train.max_epochs counts
    passes over the text on average (windows overlap and miss by chance)."""

    carries_state = False

    def __init__(self, ids: np.ndarray, batch_size: int, seq_len: int, rng: np.random.Generator):
        super().__init__(ids, batch_size, seq_len)
        self.rng = rng  # the run's generator (TrainState.rng): a resumed run draws on from there

    def start_state(self, carried: list, zero: list) -> list:
        return zero

    def window(self, k: int, step: int = 0) -> tuple[np.ndarray, np.ndarray, None]:
        starts = self.rng.integers(0, self.predictions - self.seq_len + 1, len(self.lengths))
        positions = starts[None, :] + np.arange(self.seq_len)[:, None]  # (T, B)
        return self.ids[positions], self.ids[positions + 1], None


class FreshStarts(Streams):
    """B − F streams (Streams) and, as the last rows of every batch, windows of T + 1
    characters that each start at a line start drawn from rng and are read from a zero
    state: F of them, or `late` after step `late_after` (late 0: F throughout). An epoch
    is the streams' epoch."""

    def __init__(
        self,
        ids: np.ndarray,
        batch_size: int,
        seq_len: int,
        fresh: int,
        newline: int,
        rng,
        late: int = 0,
        late_after: int = 0,
    ):
        if not 0 < fresh < batch_size:
            raise CharlstmError(
                f"train.fresh_rows must be below train.batch_size ({batch_size}), got {fresh}"
            )
        super().__init__(ids, batch_size - fresh, seq_len)
        self.fresh, self.rng = fresh, rng  # the run's generator: a resumed run draws on
        self.late, self.late_after = late, late_after
        after_newline = np.flatnonzero(ids[: len(ids) - seq_len - 1] == newline) + 1
        # a text with no line starts to speak of is read from random places
        self.line_starts = np.concatenate(([0], after_newline))

    def fresh_rows(self, step: int) -> int:
        """The fresh rows of the batch after `step` finished steps."""
        return fresh_rows_at(step, self.fresh, self.late, self.late_after)

    def rows(self, step: int) -> int:
        return len(self.lengths) + self.fresh_rows(step)

    def start_state(self, carried: list, zero: list) -> list:
        """The carried state of the streams (the first B − F rows; `carried` may hold more
        when the previous batch had more fresh rows), then the zero state's last rows: as
        many as `zero` has beyond the streams."""
        streams = len(self.lengths)
        return [
            tuple(np.concatenate([c[:streams], z[streams:]]) for c, z in zip(cs, zs, strict=True))
            for cs, zs in zip(carried, zero, strict=True)
        ]

    def window(self, k: int, step: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        inputs, targets, mask = super().window(k)  # (T', B − F), T' ≤ T at an epoch's end
        fresh = self.fresh_rows(step)
        starts = self.line_starts[self.rng.integers(0, len(self.line_starts), fresh)]
        positions = starts[None, :] + np.arange(len(inputs))[:, None]  # (T', fresh)
        inputs = np.concatenate([inputs, self.ids[positions]], axis=1)
        targets = np.concatenate([targets, self.ids[positions + 1]], axis=1)
        if mask is not None:
            mask = np.concatenate([mask, np.ones(positions.shape, dtype=bool)], axis=1)
        return inputs, targets, mask


def stream_rows(train) -> int:
    """How many of a TrainConfig's batch rows read the text in order (Streams, or the
    streams of FreshStarts): B − F with fresh rows, else B. Windows has B rows too."""
    return train.batch_size - train.fresh_rows if train.order == "streams" else train.batch_size


def fresh_rows_at(step: int, fresh: int, late: int, late_after: int) -> int:
    """The fresh rows of the batch after `step` finished steps: `late` from step
    `late_after` on when late > 0, else `fresh`."""
    return late if late and step >= late_after else fresh


def rows_after(train, step: int) -> int:
    """The rows of the state a run of this TrainConfig carries after `step` steps: those of
    its last batch, the one after step − 1 finished steps (before the first step, the zero
    state of train.batch_size rows)."""
    if step == 0 or train.order == "windows" or not train.fresh_rows:
        return train.batch_size
    late = (train.late_fresh_rows, train.late_fresh_rows_after)
    return stream_rows(train) + fresh_rows_at(step - 1, train.fresh_rows, *late)


def for_config(train, ids: np.ndarray, rng, newline=-1) -> Streams:
    """The training batches of a TrainConfig: Streams or Windows (drawing from rng), or with
    train.fresh_rows, FreshStarts (line starts after the id `newline`)."""
    if train.order == "windows":
        return Windows(ids, train.batch_size, train.seq_len, rng)
    if train.fresh_rows:
        return FreshStarts(
            ids,
            train.batch_size,
            train.seq_len,
            train.fresh_rows,
            newline,
            rng,
            train.late_fresh_rows,
            train.late_fresh_rows_after,
        )
    return Streams(ids, train.batch_size, train.seq_len)
