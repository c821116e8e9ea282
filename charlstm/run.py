"""A training run on disk: resolving the config, reading the corpus, resuming, and the run
directory (config.yaml, metrics.jsonl, last.npz, best.npz). This is the edge between the
command line and the pure training loop in train.py.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import shutil
from dataclasses import dataclass

import numpy as np

from charlstm import checkpoint, files, resources
from charlstm import config as config_mod
from charlstm import corpus as corpus_mod
from charlstm import train as train_mod
from charlstm.batches import Streams, split_with_test
from charlstm.errors import CharlstmError
from charlstm.invocation import program
from charlstm.text import Vocab, write_text

# Keys that fix the shape of the model, the optimizer state or the data streams: a resumed
# run cannot change them; nor the seed (the random generator's state is in the checkpoint),
# or how validation is scored (best.npz compares validation losses across invocations). The
# number of workers may change (the same algorithm, equal to float tolerance); describe()
# then notes that bit-for-bit equality holds only with the same count.
FIXED_ON_RESUME = (
    "model.*",
    "train.batch_size",
    "train.seq_len",
    "train.optimizer",
    "train.seed",
    "train.val_streams",
    "data.val_fraction",
    "data.test_fraction",
)


@dataclass
class Run:
    config: config_mod.Config
    vocab: Vocab
    train_ids: np.ndarray
    val_ids: np.ndarray
    state: train_mod.TrainState
    corpus: dict
    out: str
    resumed_from: str | None = None
    fine_tune: bool = False
    previous_workers: int | None = None  # the count the resumed run used, when it differs
    # the run directory's lock (files.lock_directory), held from prepare() to the end of
    # events(): one process trains into a directory at a time
    lock: int | None = None


def _flag_overrides(data, max_steps, max_time, seed) -> list[str]:
    pairs = []
    if data is not None:
        pairs.append(f"data.path={data}")
    if max_steps is not None:
        pairs.append(f"train.max_steps={max_steps}")
    if max_time is not None:
        pairs.append(f"train.max_time={max_time}")
    if seed is not None:
        pairs.append(f"train.seed={seed}")
    return pairs


def _setting_overrides(settings: dict, overrides) -> list[str]:
    """key=value pairs for the flags that were given; refuses a key also given with --set."""
    set_keys = {pair.partition("=")[0].strip() for pair in overrides}
    pairs = []
    for key, value in settings.items():
        if value is None:
            continue
        flag = "--" + key.partition(".")[2].replace("_", "-")
        if key in set_keys:
            raise CharlstmError(f"give {flag} or --set {key}=…, not both")
        pairs.append(f"{key}={value}")
    return pairs


def _check_fixed(old: config_mod.Config, new: config_mod.Config, fixed) -> None:
    old_d, new_d = old.to_dict(), new.to_dict()
    for pattern in fixed:
        section, _, key = pattern.partition(".")
        keys = old_d[section] if key == "*" else [key]
        for k in keys:
            if old_d[section][k] != new_d[section][k]:
                raise CharlstmError(
                    f"cannot change {section}.{k} when resuming "
                    f"({old_d[section][k]!r} -> {new_d[section][k]!r}); start a new run instead"
                )


def _check_writable(out: str) -> None:
    """Fail before training if out cannot be written; clear temporary files that a killed
    checkpoint write left behind."""
    try:
        os.makedirs(out, exist_ok=True)
        for name in os.listdir(out):
            if name.startswith(".tmp-") and name.endswith(".npz"):
                os.unlink(os.path.join(out, name))
        probe = os.path.join(out, ".write-test")
        with open(probe, "w") as f:
            f.write("ok")
        os.unlink(probe)
    except OSError as e:
        raise CharlstmError(f"cannot write to output directory {out}: {e.strerror}") from None


def cut(ids, val_fraction: float, test_fraction: float, batch_size: int, seq_len: int):
    """The train, validation and test ids of a corpus, refusing splits too short to use and a
    training part too short for one batch of windows (so a run fails before it starts)."""
    train_ids, val_ids, test_ids = split_with_test(ids, val_fraction, test_fraction)
    if len(val_ids) < 2:
        raise CharlstmError(
            f"validation split too short: {len(val_ids)} character(s) of {len(ids)}; "
            "it needs at least 2 (use more text or a larger data.val_fraction)"
        )
    if test_fraction > 0 and len(test_ids) < 2:
        raise CharlstmError(
            f"test split too short: {len(test_ids)} character(s) of {len(ids)}; "
            "it needs at least 2 (use more text or a larger data.test_fraction)"
        )
    Streams(train_ids, batch_size, seq_len)  # raises when too short for one batch
    return train_ids, val_ids, test_ids


def prepare(
    config_path=None,
    overrides=(),
    data=None,
    out=None,
    resume=None,
    max_steps=None,
    max_time=None,
    seed=None,
    overwrite=False,
    fine_tune=False,
    settings=None,
) -> Run:
    """Everything train needs, from the command-line options; refuses bad input early.

    resume: continue that checkpoint's run exactly (same corpus required).
    fine_tune (with resume): a new run on another corpus that starts from the checkpoint's
    weights and keeps its vocabulary (characters outside it are dropped and counted).
    settings: {dotted key: value} from first-class flags such as --hidden (None: not given);
    each is the same as --set key=value, and giving a key both ways is an error.
    """
    if fine_tune and not resume:
        raise CharlstmError("--fine-tune needs --resume CKPT (the weights to start from)")
    flags = list(overrides) + _flag_overrides(data, max_steps, max_time, seed)
    flags += _setting_overrides(settings or {}, overrides)
    ckpt = None
    if resume:
        ckpt = checkpoint.load(resume)
        config = config_mod.resolve(config_path, flags, base=ckpt.config)
        _check_fixed(ckpt.config, config, ("model.*",) if fine_tune else FIXED_ON_RESUME)
    else:
        config = config_mod.resolve(config_path, flags)
    if not config.data.path:
        raise CharlstmError("no training data: give --data FILE (or data.path in the config)")
    # recorded absolute, so that eval, gradflow and --resume find it from any directory
    config = dataclasses.replace(
        config, data=dataclasses.replace(config.data, path=os.path.abspath(config.data.path))
    )
    from_checkpoint = ckpt is not None and data is None
    text = corpus_mod.read_training_text(
        config.data.path, "give the run's text with --data FILE" if from_checkpoint else None
    )
    corpus = corpus_mod.fingerprint(text)
    if ckpt is None:
        vocab = Vocab.from_text(text)
    else:
        vocab = ckpt.vocab
        if not fine_tune and corpus_mod.recorded_hash(ckpt) != corpus["sha256"]:
            raise CharlstmError(
                f"{config.data.path} is not the corpus {resume} was trained on (its SHA-256 "
                "differs); resume with the same data file, or pass --fine-tune to train these "
                "weights on it"
            )
    ids = vocab.encode(
        text, unknown="skip" if fine_tune or corpus_mod.dropped_chars(ckpt) else "error"
    )
    corpus["dropped_chars"] = len(text) - len(ids)
    del text  # a large corpus is kept only as ids (1 byte per character up to 256 symbols)
    train_ids, val_ids, test_ids = cut(
        ids,
        config.data.val_fraction,
        config.data.test_fraction,
        config.train.batch_size,
        config.train.seq_len,
    )

    continuing = bool(resume) and not fine_tune
    if out is None:
        out = (
            os.path.dirname(os.path.abspath(resume))
            if continuing
            else os.path.join(
                "runs", os.path.splitext(os.path.basename(config.data.path))[0] or "run"
            )
        )
    # the lock before anything in out is read or changed: a second training into it stops here
    lock = files.lock_directory(out)
    try:
        run = _claim_directory(
            config, vocab, train_ids, val_ids, ckpt, corpus, out, resume, fine_tune, overwrite
        )
    except BaseException:
        files.unlock_directory(lock)
        raise
    run.lock = lock
    return run


def _claim_directory(
    config, vocab, train_ids, val_ids, ckpt, corpus, out, resume, fine_tune, overwrite
) -> Run:
    """prepare()'s changes to the run directory out, made while holding its lock."""
    continuing = bool(resume) and not fine_tune
    same_directory = continuing and os.path.abspath(out) == os.path.dirname(os.path.abspath(resume))
    if not same_directory and not overwrite and os.path.exists(os.path.join(out, "last.npz")):
        raise CharlstmError(
            f"{out} already holds a run; continue it with --resume {os.path.join(out, 'last.npz')}"
            ", or choose another --out, or pass --overwrite"
        )
    _check_writable(out)
    previous_workers = None
    if continuing:
        state = checkpoint.training_state(ckpt)
        workers = resources.resolve_workers(
            config.train.workers, config.model.hidden, config.train.batch_size
        )
        if workers != state.workers:
            previous_workers, state.workers = state.workers, workers
    else:
        state = train_mod.new_state(config, len(vocab))
        if fine_tune:
            state.model = ckpt.model
    run = Run(
        config, vocab, train_ids, val_ids, state, corpus, out, resume, fine_tune, previous_workers
    )
    metrics = os.path.join(out, "metrics.jsonl")
    if continuing:
        _continue_run_directory(resume, out, state.step)
    else:
        for name in ("last.npz", "best.npz"):  # --overwrite: nothing of the old run survives
            if os.path.exists(os.path.join(out, name)):
                os.unlink(os.path.join(out, name))
        open(metrics, "w").close()
    # kept checkpoints of validations after the resumed step (or of an overwritten run) are
    # not this run's
    for _, step, name in checkpoint.kept_checkpoints(out):
        if not same_directory or step > state.step:
            os.unlink(os.path.join(out, name))
    write_text(os.path.join(out, "config.yaml"), config_mod.to_yaml(config))
    return run


def _continue_run_directory(resume: str, out: str, step: int) -> None:
    """Resuming: metrics.jsonl keeps only lines up to the checkpoint's step (a crash may have
    logged steps that are now redone); a new directory starts from the source run's
    metrics.jsonl and best.npz."""
    source = os.path.dirname(os.path.abspath(resume))
    new_directory = source != os.path.abspath(out)
    metrics = os.path.join(source if new_directory else out, "metrics.jsonl")
    kept = []
    if os.path.exists(metrics):
        with open(metrics, encoding="utf-8") as f:
            # a line cut short by a crash (no newline) is dropped, never joined to the next
            kept = [line for line in f if line.endswith("\n") and _step_of(line) <= step]
    write_text(os.path.join(out, "metrics.jsonl"), "".join(kept))
    best, new_best = os.path.join(source, "best.npz"), os.path.join(out, "best.npz")
    if new_directory and os.path.exists(best):
        with open(best, "rb") as f, files.atomic_write(new_best, suffix=".npz") as copy:
            shutil.copyfileobj(f, copy)
    elif new_directory and os.path.exists(new_best):
        os.unlink(new_best)  # --overwrite: not this run's best


def _keep_checkpoint(run: Run, step: int, val_loss: float) -> None:
    """Save this validation's checkpoint when train.keep_checkpoints keeps it."""
    checkpoint.keep_ranked(
        run.out, run.config.train.keep_checkpoints, step, val_loss, lambda name: save(run, name)
    )


def _step_of(line: str) -> float:
    """The step of a metrics line; infinity for a line that cannot be read (dropped)."""
    try:
        return int(json.loads(line)["step"])
    except (ValueError, KeyError, TypeError, OverflowError):
        return math.inf


def read_metrics(run_dir: str) -> list[dict]:
    """The records of a run directory's metrics.jsonl (or of that file itself), in order.
    A last line without its newline (a run still writing, or killed mid-line) is left out."""
    if os.path.isfile(run_dir) and not run_dir.endswith(".jsonl"):
        raise CharlstmError(
            f"{run_dir} is a file, not a run directory: give the directory that holds "
            f"metrics.jsonl (e.g. {os.path.dirname(run_dir) or '.'})"
        )
    path = run_dir if os.path.isfile(run_dir) else os.path.join(run_dir, "metrics.jsonl")
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
    except FileNotFoundError:
        raise CharlstmError(f"no metrics.jsonl in {run_dir} (not a run directory)") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CharlstmError(f"cannot read {path}: {getattr(e, 'strerror', None) or e}") from None
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.endswith("\n") or not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if not _is_metrics_record(record):
            raise CharlstmError(
                f"{path} line {number} is not a metrics record (step, train_loss, elapsed_s)"
            )
        records.append(record)
    if not records:
        raise CharlstmError(f"{path} has no records yet (one every train.log_every steps)")
    return records


def _is_metrics_record(record) -> bool:
    number = (int, float)
    return (
        isinstance(record, dict)
        and all(isinstance(record.get(k), number) for k in ("step", "train_loss", "elapsed_s"))
        and isinstance(record.get("val_loss"), (*number, type(None)))
    )


def events(run: Run, stop=None):
    """Train, recording each event in the run directory, and pass the events on."""
    try:
        yield from _events(run, stop)
    finally:  # the run directory is free for the next training
        files.unlock_directory(run.lock)
        run.lock = None


def _events(run: Run, stop):
    metrics_path = os.path.join(run.out, "metrics.jsonl")
    for event in train_mod.train(
        run.config, run.state, run.train_ids, run.val_ids, run.vocab, stop=stop
    ):
        if event["event"] in ("log", "eval"):
            record = {
                k: event.get(k)
                for k in ("step", "train_loss", "val_loss", "lr", "chars_per_s", "elapsed_s")
            }
            with open(metrics_path, "a", encoding="utf-8") as f:
                f.write(json.dumps(record) + "\n")
        if event["event"] in ("eval", "stopped"):
            save(run, "last.npz")
            if event.get("is_best"):
                save(run, "best.npz")
            if event["event"] == "eval" and run.config.train.keep_checkpoints > 0:
                _keep_checkpoint(run, event["step"], event["val_loss"])
        yield event


def save(run: Run, name: str) -> str:
    path = os.path.join(run.out, name)
    try:
        checkpoint.save(path, run.state, run.config, run.vocab, run.corpus)
    except OSError as e:
        raise CharlstmError(
            f"could not write {path} ({e.strerror}); the previous checkpoint is intact"
        ) from None
    return path


def closing_message(run: Run, first_step: int) -> str:
    """What train prints when it ends normally: where the run is and how to go on."""
    state, tc = run.state, run.config.train
    streams = Streams(run.train_ids, tc.batch_size, tc.seq_len)
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
