"""Cutting a corpus into training batches for truncated backpropagation through time.

The training ids are cut into B contiguous streams of equal length (char-rnn style); batch k
is the next T characters of every stream, so the state at the end of one batch is the right
initial state for the next. Each epoch covers every stream from its start; the last window
of an epoch is shorter when T does not divide the stream length.
"""

from __future__ import annotations

import numpy as np

from charlstm.errors import CharlstmError


def split(ids: np.ndarray, val_fraction: float) -> tuple[np.ndarray, np.ndarray]:
    """Contiguous split: the first (1 − val_fraction) of the text trains, the rest validates."""
    cut = int(len(ids) * (1 - val_fraction))
    return ids[:cut], ids[cut:]


class Streams:
    """B parallel streams over ids; window(k) gives inputs, targets and a mask, each (T, B).

    The N − 1 predictions of the text are shared out so that every character is predicted
    exactly once per epoch: each stream gets (N − 1) // B of them and the first (N − 1) % B
    streams one more. The streams are padded to equal length; the mask is None for every
    window without padding (all but possibly the last), else a (T, B) 0/1 array.
    """

    def __init__(self, ids: np.ndarray, batch_size: int, seq_len: int):
        needed = batch_size * seq_len + 1
        if len(ids) < needed:
            raise CharlstmError(
                f"training text too short: {len(ids)} characters, but batch_size × seq_len + 1 "
                f"= {batch_size} × {seq_len} + 1 = {needed} are needed for one batch "
                "(use more text or lower train.batch_size / train.seq_len)"
            )
        self.seq_len = seq_len
        predictions = len(ids) - 1
        base, extra = divmod(predictions, batch_size)
        self.lengths = np.full(batch_size, base) + (np.arange(batch_size) < extra)  # (B,)
        starts = np.concatenate(([0], np.cumsum(self.lengths)[:-1]))
        width = base + (extra > 0)
        if extra == 0:  # the usual case: plain (B, L) views, no copy
            self.inputs = ids[:predictions].reshape(batch_size, base)
            self.targets = ids[1:].reshape(batch_size, base)
        else:
            positions = np.minimum(starts[:, None] + np.arange(width), predictions - 1)
            self.inputs = ids[positions]  # (B, width); padding repeats a valid position
            self.targets = ids[positions + 1]
        self.batches_per_epoch = -(-width // seq_len)

    def window(self, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """Batch k of an epoch (0 ≤ k < batches_per_epoch): (T, B) inputs, targets, mask."""
        cols = slice(k * self.seq_len, (k + 1) * self.seq_len)
        inputs, targets = self.inputs[:, cols].T, self.targets[:, cols].T
        t = np.arange(k * self.seq_len, k * self.seq_len + inputs.shape[0])
        valid = t[:, None] < self.lengths[None, :]  # (T, B)
        return inputs, targets, None if valid.all() else valid
