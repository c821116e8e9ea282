"""What a training run says to the user, in words: the description printed as it starts and
the line it ends with (both with the command to run next, as the user can run it)."""

from __future__ import annotations

import os

from charlstm import train as train_mod
from charlstm.batches import Streams, stream_rows
from charlstm.invocation import program
from charlstm.run import Run


def closing_message(run: Run, first_step: int) -> str:
    """What train prints when it ends normally: where the run is and how to go on."""
    state, tc = run.state, run.config.train
    streams = Streams(run.train_ids, stream_rows(tc), tc.seq_len)  # the run's epoch
    passes = state.epoch + (state.batch >= streams.batches_per_epoch)
    if state.step >= tc.max_steps:
        where_now = f"is already at step {state.step} and --max-steps is {tc.max_steps}"
        limit, raised = "--max-steps", f"--max-steps {max(2 * state.step, state.step + 1)}"
    elif train_mod.epochs_done(state, streams, tc.max_epochs):
        made = f"{passes} pass{'es' if passes != 1 else ''}"
        where_now = f"has made {made} over the text and train.max_epochs is {tc.max_epochs}"
        limit, raised = "train.max_epochs", f"--set train.max_epochs={2 * passes}"
    else:  # stopped by train.max_time: the same command goes on
        limit = raised = None
    if state.step == first_step:  # nothing trained: the run had already reached its limit
        resume = run.resumed_from or os.path.join(run.out, "last.npz")
        return (
            f"nothing to do: the run {where_now}; to train on, raise it: "
            f"{program()} train --resume {resume} {raised}"
        )
    last = os.path.join(run.out, "last.npz")
    # every invocation that trains ends with a validation, so there is a best by now
    best = os.path.join(run.out, "best.npz")
    text = f"done at step {state.step}; best val loss {state.best_val:.4f} in {best}"
    if limit is None:
        return f"{text}\ncontinue with: {program()} train --resume {last}"
    return f"{text}\nto train on, raise {limit}: {program()} train --resume {last} {raised}"


def _how_long(tc) -> str:
    """The limits this invocation trains to, in words."""
    limits = [f"to step {tc.max_steps:,} (train.max_steps)"]
    if tc.max_epochs:
        limits.append(f"{tc.max_epochs} passes over the text (train.max_epochs)")
    if tc.max_time:
        limits.append(f"{tc.max_time:g} s (--max-time)")
    text = "trains " + " or ".join(limits)
    if len(limits) > 1:
        text += ", whichever comes first"
    if not tc.max_time:
        text += "; no time limit (--max-time SECONDS sets one)"
    return text


def describe(run: Run) -> str:
    c = run.config
    n_params = sum(p.size for p in run.state.model.params.values())
    if run.fine_tune:
        what = (
            f"fine-tuning the weights of {run.resumed_from} on {c.data.path} "
            f"({run.corpus['dropped_chars']:,} characters outside its vocabulary dropped)"
        )
    elif run.resumed_from:
        what = f"resuming {run.resumed_from} at step {run.state.step}"
    else:
        what = "new run"
    workers = run.state.workers
    how = " (auto)" if c.train.workers == "auto" else ""
    test = f" / test {c.data.test_fraction:.0%} held out" if c.data.test_fraction else ""
    text = (
        f"{what}: {c.model.layers} x {c.model.hidden} {c.model.cell}, {n_params:,} parameters, "
        f"vocabulary {len(run.vocab)}, train {len(run.train_ids):,} / val {len(run.val_ids):,} "
        f"chars{test}, {workers} worker{'s' if workers > 1 else ''}{how} -> {run.out}\n"
        f"val loss: nats/char on the validation split scored as {c.train.val_streams} streams "
        f"with no burn-in ({program()} eval --streams {c.train.val_streams} --burn-in 0 gives "
        f"the same figure)\n{_how_long(c.train)}; Ctrl-C stops, saves last.npz and says how "
        "to continue"
    )
    if run.previous_workers is not None:
        text += (
            f"\nnote: {workers} workers where the run used {run.previous_workers}: the same "
            "training to float rounding; bitwise equality with an uninterrupted run holds "
            "only with the same count (--set train.workers="
            f"{run.previous_workers})"
        )
    return text
