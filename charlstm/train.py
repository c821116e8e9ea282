"""The training loop: truncated BPTT over parallel streams or random windows (train.order,
batches.py), with periodic validation.

train() is a generator of plain-dict events and does no I/O: the caller prints, draws the
progress bar and writes checkpoints. Everything the loop needs to continue exactly where it
stopped is in TrainState, which round-trips through a checkpoint (checkpoint.save /
checkpoint.training_state).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator

import numpy as np

from charlstm import batches, evaluate, optim, parallel, resources
from charlstm.config import Config
from charlstm.errors import CharlstmError
from charlstm.model import Model, dropout_masks
from charlstm.sample import default_prime, generate
from charlstm.state import TrainState
from charlstm.text import Vocab


def new_state(config: Config, vocab_size: int) -> TrainState:
    rng = np.random.default_rng(config.train.seed)
    net = Model.init(config.model, vocab_size, rng)
    return TrainState(
        model=net,
        optim=optim.init_state(config.train.optimizer, net.params),
        step=0,
        epoch=0,
        batch=0,
        carried=net.zero_state(config.train.batch_size),
        rng=rng,
        workers=resources.resolve_workers(
            config.train.workers, config.model.hidden, config.train.batch_size
        ),
    )


def train(
    config: Config,
    state: TrainState,
    train_ids: np.ndarray,
    val_ids: np.ndarray,
    vocab: Vocab,
    stop=None,
    clock=time.perf_counter,
) -> Iterator[dict]:
    """Run until train.max_steps (total, counting earlier runs), train.max_epochs passes over
    the training text (also counting earlier runs) or train.max_time seconds.

    Yields {"event": "log", step, train_loss, lr, chars_per_s, elapsed_s} every log_every
    steps and {"event": "eval", ..., val_loss, is_best, sample} every eval_every steps and at
    the end; `state` is updated in place, so at an eval event it is ready to be saved.
    When stop() turns true (checked after each step, and after that step's scheduled
    validation), yields a log event and {"event": "stopped", ...} and ends.
    """
    tc = config.train
    newline = vocab.chars.index("\n") if "\n" in vocab.chars else -1
    batcher = batches.for_config(tc, train_ids, state.rng, newline)
    if state.batch > batcher.batches_per_epoch:
        raise CharlstmError("checkpoint's data position is past the end of the corpus")
    # One BLAS thread in this process (the workers have one each) and freed memory kept for
    # the next step: resources.py says why.
    with resources.computing(resources.TRAINING_BLAS_THREADS):
        with parallel.pool(state.workers, state.model) as net:
            for event in _train(config, state, net, batcher, val_ids, vocab, stop, clock):
                parallel.write_back(net)  # state.model holds the values trained so far
                yield event


def _train(config, state, net, batcher, val_ids, vocab, stop, clock) -> Iterator[dict]:
    """The loop of train(), computing with net: state.model, or a Workers pool over it."""
    tc, mc = config.train, config.model
    start = clock()
    train_seconds = 0.0  # time in training steps since the last log, for chars/s
    chars = 0
    loss_sum, loss_count = 0.0, 0
    while state.step < tc.max_steps and not epochs_done(state, batcher, tc.max_epochs):
        t0 = clock()
        if state.batch >= batcher.batches_per_epoch:  # streams restart: state is not carried
            state.epoch += 1
            state.batch = 0
            state.carried = net.zero_state(batcher.rows(state.step))
        # windows and fresh rows draw from state.rng
        inputs, targets, mask = batcher.window(state.batch, state.step)
        initial = batcher.start_state(state.carried, net.zero_state(batcher.rows(state.step)))
        masks = dropout_masks(
            state.rng, mc.dropout, mc.layers, (*inputs.shape, mc.hidden), net.dtype
        )
        with np.errstate(all="ignore"):  # overflow is caught below, with a clear message
            loss, grads, carried, _ = net.loss_and_grads(
                inputs, targets, initial, masks=masks, mask=mask
            )
            norm = optim.clip_by_global_norm(grads, tc.grad_clip)
        if not (math.isfinite(loss) and math.isfinite(norm)):
            what = "loss" if not math.isfinite(loss) else "gradient"
            raise CharlstmError(
                f"non-finite {what} at step {state.step + 1}; the last checkpoint is untouched "
                "(try a lower train.lr or a train.grad_clip such as 5)"
            )
        net.update(tc, grads, state.optim, state.step + 1)
        state.step += 1
        state.batch += 1
        if batcher.carries_state:
            state.carried = carried
        train_seconds += clock() - t0
        chars += inputs.size if mask is None else int(mask.sum())
        loss_sum += loss
        loss_count += 1

        scheduled = state.step % tc.eval_every == 0
        stopping = stop is not None and stop()
        out_of_time = tc.max_time > 0 and clock() - start >= tc.max_time
        last = (
            state.step >= tc.max_steps or out_of_time or epochs_done(state, batcher, tc.max_epochs)
        )
        record = {
            "step": state.step,
            "train_loss": loss_sum / loss_count,
            "lr": optim.learning_rate(tc, state.step - 1),
            "chars_per_s": chars / train_seconds if train_seconds > 0 else 0.0,
        }
        if scheduled or last:
            val_loss = evaluate.mean_nll(net, val_ids, tc.val_streams)
            # Every validation counts for best.npz, an invocation's final one too: a run cut
            # short by max_time or max_steps often ends on its best model. Training never
            # reads best_val, and it travels in the checkpoint, so a resumed run trains bit
            # for bit as an uninterrupted one and recomputes nothing; its best.npz differs
            # only when the interrupted run's last validation found a better model.
            is_best = state.best_val is None or val_loss < state.best_val
            if is_best:
                state.best_val = val_loss
            text = ""
            if tc.sample_length > 0:
                sample_rng = np.random.default_rng([tc.seed, state.step])
                prime = vocab.encode(default_prime(vocab))
                ids = generate(net, prime, tc.sample_length, sample_rng)
                text = vocab.decode(ids)
            yield {
                "event": "eval",
                **record,
                "val_loss": val_loss,
                "is_best": is_best,
                "sample": text,
                "elapsed_s": clock() - start,
            }
        elif stopping or state.step % tc.log_every == 0:
            yield {"event": "log", **record, "elapsed_s": clock() - start}
        else:
            continue
        train_seconds, chars, loss_sum, loss_count = 0.0, 0, 0.0, 0
        if stopping:
            yield {"event": "stopped", "step": state.step, "elapsed_s": clock() - start}
            return
        if out_of_time:
            return


def epochs_done(state: TrainState, batcher, max_epochs: int) -> bool:
    """Whether max_epochs (0 = no limit) complete passes over the training text are done."""
    passes = state.epoch + (state.batch >= batcher.batches_per_epoch)
    return max_epochs > 0 and passes >= max_epochs
