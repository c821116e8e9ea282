"""Everything a training run needs to go on exactly where it stopped: the model, the optimizer
state, the data position, the carried state and the random generator. train.py advances it;
checkpoint.py saves it and rebuilds it (checkpoint.training_state)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from charlstm.model import Model


@dataclass
class TrainState:
    model: Model
    optim: dict
    step: int  # optimizer steps completed
    epoch: int
    batch: int  # index of the next window within the epoch
    # [(h, c) or (h,)] per layer, (rows, H): the state carried into the next batch, as many
    # rows as the last batch had (batches.rows_after)
    carried: list
    rng: np.random.Generator  # dropout masks
    best_val: float | None = None
    # processes sharing each batch: train.workers, or what "auto" chose; it sets the order in
    # which the batch's gradient is summed, so a run repeats bit for bit only with the same count
    workers: int = 1
