"""A training run on disk: resolving the config, reading the corpus, resuming, and the run
directory (config.yaml, metrics.jsonl, last.npz, best.npz). This is the edge between the
command line and the pure training loop in train.py.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from dataclasses import dataclass

import numpy as np

from charlstm import checkpoint, files, metrics, resources
from charlstm import config as config_mod
from charlstm import corpus as corpus_mod
from charlstm import train as train_mod
from charlstm.batches import Streams, split_with_test
from charlstm.errors import CharlstmError
from charlstm.text import Vocab, write_text

# Keys that fix the shape of the model, the optimizer state or the data streams (batch_size
# − fresh_rows streams; the late fresh rows may change, as the streams stay): a resumed
# run cannot change them; nor the seed (the random generator's state is in the checkpoint),
# or how validation is scored (best.npz compares validation losses across invocations). The
# number of workers may change (the same algorithm, equal to float tolerance); describe()
# then notes that bit-for-bit equality holds only with the same count.
FIXED_ON_RESUME = (
    "model.*",
    "train.batch_size",
    "train.fresh_rows",
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


@dataclass(frozen=True)
class RunSpec:
    """What a training invocation asks for, as `charlstm train`'s options give it: one value
    that the CLI, the sweep's trials and tests build by name and prepare() checks."""

    config_path: str | None = None  # a YAML config
    overrides: tuple = ()  # --set key=value, in order
    data: str | None = None  # the training text (default: the config's data.path)
    out: str | None = None  # the run directory (default: runs/<data name>, or the resumed one)
    # continue this checkpoint's run exactly (same corpus required)
    resume: str | None = None
    max_steps: int | None = None
    max_time: float | None = None
    seed: int | None = None
    overwrite: bool = False  # replace a run already in out
    # with resume: a new run on another corpus that starts from the checkpoint's weights and
    # keeps its vocabulary (characters outside it are dropped and counted)
    fine_tune: bool = False
    # {dotted key: value} from first-class flags such as --hidden (None: not given); each is
    # the same as --set key=value, and giving a key both ways is an error
    settings: dict | None = None


def prepare(spec: RunSpec) -> Run:
    """Everything train needs, from a RunSpec; refuses bad input early and takes the run
    directory's lock (released at the end of events())."""
    config_path, overrides, data, out = spec.config_path, spec.overrides, spec.data, spec.out
    resume, max_steps, max_time, seed = spec.resume, spec.max_steps, spec.max_time, spec.seed
    overwrite, fine_tune, settings = spec.overwrite, spec.fine_tune, spec.settings
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
    metrics_path = os.path.join(out, "metrics.jsonl")
    if continuing:
        _continue_run_directory(resume, out, state.step)
    else:
        for name in ("last.npz", "best.npz"):  # --overwrite: nothing of the old run survives
            if os.path.exists(os.path.join(out, name)):
                os.unlink(os.path.join(out, name))
        open(metrics_path, "w").close()
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
    source_metrics = os.path.join(source if new_directory else out, "metrics.jsonl")
    kept = []
    if os.path.exists(source_metrics):
        with open(source_metrics, encoding="utf-8") as f:
            # a line cut short by a crash (no newline) is dropped, never joined to the next
            kept = [line for line in f if line.endswith("\n") and metrics.step_of(line) <= step]
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
            metrics.append(metrics_path, event)
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
