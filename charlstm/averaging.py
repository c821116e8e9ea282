"""The mean of the weights of several checkpoints of one run (Polyak averaging): `charlstm
average` and compare --average-from."""

from __future__ import annotations

import numpy as np

from charlstm import checkpoint
from charlstm.errors import CharlstmError
from charlstm.state import TrainState


def average(
    sources: list[str], from_step: int = 0
) -> tuple[TrainState, checkpoint.Checkpoint, list[int]]:
    """The mean of the weights of the checkpoints of step ≥ from_step among sources (files,
    or run directories for their kept checkpoints: checkpoint.checkpoint_files), all of one
    model (Polyak averaging over the end of a run, where the weights wander around a good
    point and their mean lies nearer it), as the training state of the latest of them (its
    optimizer, position and carried state, so that it can be sampled, scored, inspected and
    trained on), that checkpoint, and the averaged steps in order. No checkpoint late enough,
    or checkpoints of another model or vocabulary, are a CharlstmError."""
    paths = checkpoint.checkpoint_files(sources)
    loaded = sorted(
        ((checkpoint.load(path), path) for path in paths), key=lambda pair: pair[0].step
    )
    chosen = [(ckpt, path) for ckpt, path in loaded if ckpt.step >= from_step]
    if not chosen:
        raise CharlstmError(
            f"no checkpoint of step {from_step} or later in {', '.join(sources)} "
            "(a run keeps step checkpoints with train.keep_checkpoints)"
        )
    latest, latest_path = chosen[-1]
    for ckpt, path in chosen:
        if ckpt.config.model != latest.config.model or ckpt.vocab.chars != latest.vocab.chars:
            raise CharlstmError(
                f"{path} is another model or vocabulary than {latest_path}; "
                "only checkpoints of one run can be averaged"
            )
    ckpts = [ckpt for ckpt, _ in chosen]
    state = checkpoint.training_state(latest)
    for key, value in state.model.params.items():
        # float64 sum, then the model's dtype: the mean of N float32 arrays to the last bit
        value[...] = np.mean([c.params[key] for c in ckpts], axis=0, dtype=np.float64)
    return state, latest, [c.step for c in ckpts]


def write_average(sources: list[str], from_step: int, out: str) -> list[int]:
    """average(sources, from_step) written to out as a checkpoint that records the averaged
    steps (charlstm average, and compare --average-from); returns those steps."""
    state, latest, steps = average(sources, from_step)
    checkpoint.save(out, state, latest.config, latest.vocab, latest.corpus, averaged_steps=steps)
    return steps
