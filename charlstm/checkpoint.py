"""Checkpoint format v1: one .npz file, loadable with numpy.load(path, allow_pickle=False).
This module is the only one that reads or writes it.

    meta                 0-d unicode array holding JSON: {"format": "charlstm", "version": 1,
                         "vocab": [chars in id order], "config": {resolved config},
                         "step": int, "epoch": int, "batch": int (next window of the epoch),
                         "best_val_loss": float or null, "rng": the dropout generator's
                         state, "workers": int (the processes that shared each batch; absent
                         before train.workers: auto, when the config held the count),
                         "corpus": {"path", "sha256", …, as run.py describes it}}
    params/<key>         model parameters (keys and shapes in model.py)
    optim/<slot>/<key>   optimizer moments (optim.py)
    state/h.<l>, state/c.<l>   the recurrent state carried into the next training batch

save() writes a training state (state.TrainState) with its config, vocabulary and corpus;
load() reads and validates any checkpoint, and training_state() rebuilds the TrainState
from it for resuming.

Writes are atomic and durable (files.atomic_write), so an interrupted write never leaves a
broken checkpoint behind. The zip entries carry a fixed timestamp so that the same training
run produces a byte-identical file.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import zipfile
from dataclasses import dataclass

import numpy as np

from charlstm import batches, files, model, optim
from charlstm import config as config_mod
from charlstm.cells import CELLS
from charlstm.errors import CharlstmError
from charlstm.state import TrainState
from charlstm.text import Vocab

FORMAT = "charlstm"
VERSION = 1
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass
class Checkpoint:
    meta: dict
    config: config_mod.Config
    vocab: Vocab
    params: dict
    arrays: dict  # everything else: "optim/…", "state/…"

    @property
    def model(self) -> model.Model:
        """The model these parameters belong to (sharing the parameter arrays)."""
        return model.Model(self.config.model.cell, self.params)

    @property
    def step(self) -> int:
        """Optimizer steps the model has been trained for."""
        return self.meta["step"]

    @property
    def corpus(self) -> dict | None:
        """What the training text was (path, hash, …), as the run recorded it."""
        return self.meta.get("corpus")


def save(
    path: str,
    state: TrainState,
    config,
    vocab: Vocab,
    corpus: dict,
    averaged_steps: list[int] | None = None,
) -> None:
    """Atomically write a training state with its resolved config, vocabulary and a
    description of its corpus: everything needed to sample and to resume exactly.
    averaged_steps: the steps whose weights were averaged into state's (average())."""
    meta = {
        "format": FORMAT,
        "version": VERSION,
        "vocab": vocab.chars,
        "config": config.to_dict(),
        "step": state.step,
        "epoch": state.epoch,
        "batch": state.batch,
        "best_val_loss": state.best_val,
        "rng": state.rng.bit_generator.state,
        "workers": state.workers,
        "corpus": corpus,
    }
    if averaged_steps:
        meta["averaged_steps"] = averaged_steps
    entries = {"meta": np.array(json.dumps(meta, sort_keys=True))}
    entries.update({f"params/{k}": v for k, v in state.model.params.items()})
    entries.update({f"optim/{k}": v for k, v in state.optim.items()})
    names = CELLS[config.model.cell].STATE  # ("h", "c") or ("h",)
    for l, layer_state in enumerate(state.carried):
        for name, array in zip(names, layer_state, strict=True):
            entries[f"state/{name}.{l}"] = array
    _write(path, entries)


def _write(path: str, entries: dict) -> None:
    """Atomically write {name: array} as an .npz archive."""
    # the ".npz" ending lets run.py clear the temporary file of a write cut short by a kill
    with files.atomic_write(path, suffix=".npz") as f:
        with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_STORED) as zf:
            for name, array in entries.items():
                info = zipfile.ZipInfo(f"{name}.npy", date_time=_ZIP_EPOCH)
                with zf.open(info, "w", force_zip64=True) as member:
                    np.lib.format.write_array(member, np.asarray(array), allow_pickle=False)


# Characters of the meta JSON: far more than a config and a vocabulary of every character of
# real text need, and a bound on what a hostile file can make load() allocate for it.
META_LIMIT = 1 << 24


@contextlib.contextmanager
def _reading(path: str):
    """Turns whatever reading path raises into one CharlstmError line."""
    try:
        if os.path.isfile(path) and not zipfile.is_zipfile(path):
            raise CharlstmError(
                f"{path} is not a readable charlstm checkpoint (not an .npz archive)"
            )
        yield
    except CharlstmError:
        raise
    except FileNotFoundError:
        raise CharlstmError(f"checkpoint not found: {path}") from None
    except IsADirectoryError:
        raise CharlstmError(f"checkpoint path is a directory: {path}") from None
    except PermissionError:
        raise CharlstmError(f"cannot read checkpoint {path}: permission denied") from None
    except ValueError as e:  # a malformed .npy header
        raise CharlstmError(f"{path} is not a readable charlstm checkpoint ({e})") from None
    except Exception as e:  # BadZipFile, EOFError, OSError, zlib errors: a damaged file
        raise CharlstmError(
            f"{path} is not a readable charlstm checkpoint (truncated or corrupted: "
            f"{type(e).__name__})"
        ) from None


def _members(archive: zipfile.ZipFile, path: str) -> dict:
    """{entry name: ZipInfo} for the archive's .npy members, named as numpy.load names them
    ("params/head.W" for "params/head.W.npy")."""
    members = {}
    for info in archive.infolist():
        if not info.filename.endswith(".npy"):
            raise CharlstmError(f"{path}: unexpected entry {info.filename!r} (not a .npy array)")
        name = info.filename[: -len(".npy")]
        if name in members:
            raise CharlstmError(f"{path}: entry {name!r} appears twice")
        members[name] = info
    return members


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, check) -> np.ndarray:
    """One member's array, reading no data before its .npy header has been checked:
    check(name, shape, dtype) raises for an array this checkpoint cannot hold. The member
    must then hold exactly the bytes that shape and dtype need: a larger declared size is
    refused before reading, and reading stops at that many bytes."""
    name = info.filename[: -len(".npy")]
    with archive.open(info) as member:
        version = np.lib.format.read_magic(member)
        if version == (1, 0):
            shape, fortran_order, dtype = np.lib.format.read_array_header_1_0(member)
        elif version == (2, 0):
            shape, fortran_order, dtype = np.lib.format.read_array_header_2_0(member)
        else:
            raise CharlstmError(f"{path}: {name} has unsupported .npy format version {version}")
        if dtype.hasobject:
            raise CharlstmError(f"refusing to load {path}: it contains pickled object arrays")
        check(name, shape, dtype)
        nbytes = math.prod(shape) * dtype.itemsize
        stored = info.file_size - member.tell()  # data bytes after the header
        if stored != nbytes:
            raise CharlstmError(
                f"{path}: {name} holds {stored:,} bytes of data where its shape {shape} and "
                f"dtype {dtype} need {nbytes:,}"
            )
        array = np.empty(shape, dtype, order="F" if fortran_order else "C")
        buffer = memoryview(array.reshape(-1, order="A").view(np.uint8))  # array's own bytes
        filled = 0
        while filled < nbytes:
            count = member.readinto(buffer[filled:])
            if not count:
                raise EOFError
            filled += count
        if member.read(1):  # zipfile stops at the declared size; refuse more all the same
            raise CharlstmError(f"{path}: {name} holds more data than its header declares")
    return array


def _check_meta(path: str):
    def check(name, shape, dtype):
        if shape != () or dtype.kind != "U":
            raise CharlstmError(f"{path}: 'meta' must be a 0-d unicode string array")
        if dtype.itemsize // 4 > META_LIMIT:
            raise CharlstmError(
                f"{path}: 'meta' declares {dtype.itemsize // 4:,} characters, more than the "
                f"{META_LIMIT:,} a checkpoint's meta may have"
            )

    return check


def expected_arrays(config: config_mod.Config, vocab_size: int, step: int) -> dict:
    """{entry name: shape} of every array a checkpoint of this config, saved after `step`
    steps, may hold, all of the model's dtype: the parameters (required), the optimizer's
    moments and the carried state (needed only to resume training), as many rows as the
    step's batch had."""
    params = model.param_shapes(config.model, vocab_size)
    shapes = {f"params/{key}": shape for key, shape in params.items()}
    for slot in optim.SLOTS[config.train.optimizer]:
        shapes.update({f"optim/{slot}/{key}": shape for key, shape in params.items()})
    rows = batches.rows_after(config.train, step)
    for l in range(config.model.layers):
        for name in CELLS[config.model.cell].STATE:
            shapes[f"state/{name}.{l}"] = (rows, config.model.hidden)
    return shapes


def _check_array(path: str, shapes: dict, dtype: np.dtype, step: int):
    def check(name, shape, got_dtype):
        if shape != shapes[name]:
            # the carried state's rows depend on the step too (train.late_fresh_rows)
            at = f" at step {step}" if name.startswith("state/") else ""
            raise CharlstmError(
                f"{path}: {name} has shape {shape}, expected {shapes[name]} for this config{at}"
            )
        if got_dtype != dtype:
            raise CharlstmError(f"{path}: {name} has dtype {got_dtype}, expected {dtype}")

    return check


def load(path: str) -> Checkpoint:
    """Read and validate a checkpoint; any problem is one CharlstmError line. Each array's
    shape and dtype are checked against the config before its data is read, so that a
    hostile file costs no more memory than a real checkpoint of its config."""
    with _reading(path), zipfile.ZipFile(path) as archive:
        members = _members(archive, path)
        if "meta" not in members:
            raise CharlstmError(f"{path} is not a charlstm checkpoint: no 'meta' entry")
        meta_array = _read_member(archive, members.pop("meta"), path, _check_meta(path))
        meta, config, vocab = _parse_meta(path, str(meta_array))
        shapes = expected_arrays(config, len(vocab), meta["step"])
        for name in members:
            if name not in shapes:
                what = "parameter" if name.startswith("params/") else "entry"
                raise CharlstmError(f"{path}: unexpected {what} {name!r} for this config")
        for name in shapes:
            if name.startswith("params/") and name not in members:
                raise CharlstmError(f"{path}: missing array {name!r}")
        check = _check_array(path, shapes, np.dtype(config.model.dtype), meta["step"])
        arrays = {name: _read_member(archive, info, path, check) for name, info in members.items()}
    params = {
        key: arrays.pop(f"params/{key}") for key in model.param_shapes(config.model, len(vocab))
    }
    return Checkpoint(meta=meta, config=config, vocab=vocab, params=params, arrays=arrays)


def _parse_meta(path: str, text: str) -> tuple:
    """(meta, config, vocab) from the meta JSON, validated."""
    try:
        meta = json.loads(text)
    except json.JSONDecodeError:
        raise CharlstmError(f"{path}: 'meta' is not valid JSON") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise CharlstmError(f"{path} is not a charlstm checkpoint (format is not {FORMAT!r})")
    if meta.get("version") != VERSION:
        raise CharlstmError(
            f"{path} has checkpoint format version {meta.get('version')!r}; "
            f"this charlstm reads version {VERSION}"
        )
    vocab_chars = meta.get("vocab")
    if not isinstance(vocab_chars, list) or not all(isinstance(c, str) for c in vocab_chars):
        raise CharlstmError(f"{path}: meta 'vocab' must be a list of characters")
    try:
        vocab = Vocab(vocab_chars)
        config = config_mod.from_dict(meta.get("config") or {})
    except CharlstmError as e:
        raise CharlstmError(f"{path}: {e}") from None
    if not isinstance(meta.get("step"), int):
        raise CharlstmError(f"{path}: meta 'step' must be an integer")
    return meta, config, vocab


def training_state(ckpt: Checkpoint) -> TrainState:
    """Rebuild the training state; refuses a checkpoint without its optimizer or carried state.
    (load() has checked the shape and dtype of every array the checkpoint holds.)"""
    config, meta = ckpt.config, ckpt.meta
    optim_state = {}
    for slot in optim.SLOTS[config.train.optimizer]:  # in optim.init_state's order
        for key in ckpt.params:
            name = f"{slot}/{key}"
            if f"optim/{name}" not in ckpt.arrays:
                raise CharlstmError(
                    f"checkpoint cannot resume training: bad or missing optim/{name}"
                )
            optim_state[name] = ckpt.arrays[f"optim/{name}"]
    carried = []
    for l in range(config.model.layers):
        arrays = tuple(ckpt.arrays.get(f"state/{n}.{l}") for n in CELLS[config.model.cell].STATE)
        if any(a is None for a in arrays):
            raise CharlstmError(f"checkpoint cannot resume training: bad or missing state/*.{l}")
        carried.append(arrays)
    rng = np.random.default_rng()
    try:
        rng.bit_generator.state = meta["rng"]
        epoch, batch, best = meta["epoch"], meta["batch"], meta.get("best_val_loss")
        valid = all(isinstance(v, int) and v >= 0 for v in (epoch, batch, meta["step"])) and (
            best is None or isinstance(best, (int, float))
        )
    except (KeyError, TypeError, ValueError):
        valid = False
    if not valid:
        raise CharlstmError("checkpoint cannot resume training: bad or missing training position")
    return TrainState(
        model=ckpt.model,
        optim=optim_state,
        step=meta["step"],
        epoch=epoch,
        batch=batch,
        carried=carried,
        rng=rng,
        best_val=None if best is None else float(best),
        workers=_recorded_workers(meta, config),
    )


def _recorded_workers(meta: dict, config) -> int:
    """The worker count the checkpoint's run used (checkpoints from before train.workers:
    auto recorded it only in the config)."""
    recorded = meta.get("workers", config.train.workers)
    return recorded if isinstance(recorded, int) and recorded >= 1 else 1


# --- kept checkpoints (train.keep_checkpoints) ------------------------------

KEPT_NAME = re.compile(r"step(\d+)_val(\d+\.\d+)\.npz")


def kept_checkpoint_name(step: int, val_loss: float) -> str:
    """train.keep_checkpoints' file name for a validation, e.g. step001200_val1.2345.npz."""
    return f"step{step:06d}_val{val_loss:.4f}.npz"


def kept_checkpoints(out: str) -> list[tuple[float, int, str]]:
    """(val loss, step, file name) of the kept checkpoints in a run directory, best first
    (equal losses at 4 decimals: the earlier step first)."""
    try:
        names = os.listdir(out)
    except FileNotFoundError:
        return []
    found = [(m, name) for name in names if (m := KEPT_NAME.fullmatch(name))]
    return sorted((float(m[2]), int(m[1]), name) for m, name in found)


def checkpoint_files(paths: list[str]) -> list[str]:
    """The checkpoint files named by paths: a file as it is, a run directory as its kept
    checkpoints (train.keep_checkpoints)."""
    found = []
    for path in paths:
        if os.path.isdir(path):
            found += [os.path.join(path, name) for _, _, name in kept_checkpoints(path)]
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def keep_ranked(out: str, keep: int, step: int, val_loss: float, write) -> None:
    """train.keep_checkpoints: call write(name) for this validation when it is among the
    `keep` best of the directory (ranked by loss at 4 decimals, then by step: a tie with the
    Nth kept is not better), then delete the ones that fall out (the new file is complete
    before any is deleted)."""
    name = kept_checkpoint_name(step, val_loss)
    ranked = kept_checkpoints(out)
    if len(ranked) >= keep and (float(f"{val_loss:.4f}"), step) >= ranked[keep - 1][:2]:
        return  # no better than the N kept ones
    write(name)
    for _, _, old in kept_checkpoints(out)[keep:]:
        os.unlink(os.path.join(out, old))


# --- a run directory where a checkpoint is expected ---------------------------------------

# The one rule for sample, eval, inspect, viz and gradflow: a run directory stands for its
# model, the weights averaged over the end of the run where `charlstm average` wrote them
# (as make demo does), else the best validation's.
RUN_MODEL_FILES = ("averaged.npz", "best.npz")


def model_file(path: str) -> str:
    """path itself, or for a run directory its model file (RUN_MODEL_FILES, the first
    present)."""
    if not os.path.isdir(path):
        return path
    for name in RUN_MODEL_FILES:
        candidate = os.path.join(path, name)
        if os.path.isfile(candidate):
            return candidate
    raise CharlstmError(
        f"{path} is a directory without averaged.npz or best.npz (a run has best.npz once it "
        "has validated; give a checkpoint file instead)"
    )
