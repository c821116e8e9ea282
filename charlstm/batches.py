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
    """B parallel streams over ids; window(k) gives inputs and targets, each (T, B)."""

    def __init__(self, ids: np.ndarray, batch_size: int, seq_len: int):
        needed = batch_size * seq_len + 1
        if len(ids) < needed:
            raise CharlstmError(
                f"training text too short: {len(ids)} characters, but batch_size × seq_len + 1 "
                f"= {batch_size} × {seq_len} + 1 = {needed} are needed for one batch "
                "(use more text or lower train.batch_size / train.seq_len)"
            )
        self.seq_len = seq_len
        self.stream_len = (len(ids) - 1) // batch_size
        n = batch_size * self.stream_len
        self.inputs = ids[:n].reshape(batch_size, self.stream_len)  # (B, L)
        self.targets = ids[1 : n + 1].reshape(batch_size, self.stream_len)
        self.batches_per_epoch = -(-self.stream_len // seq_len)

    def window(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Batch k of an epoch (0 ≤ k < batches_per_epoch): (T, B) inputs and targets."""
        cols = slice(k * self.seq_len, (k + 1) * self.seq_len)
        return self.inputs[:, cols].T, self.targets[:, cols].T
