"""Checkpoint format v1: one .npz file, loadable with numpy.load(path, allow_pickle=False).

    meta                 0-d unicode array holding JSON: {"format": "charlstm", "version": 1,
                         "vocab": [chars in id order], "config": {resolved config},
                         "step": int, ...training position, RNG state, corpus hash...}
    params/<key>         model parameters (keys and shapes in model.py)
    optim/<slot>/<key>   optimizer moments (optim.py)
    state/h.<l>, state/c.<l>   the recurrent state carried into the next training batch

Writes are atomic: the file is written under a temporary name in the same directory, flushed
and fsynced, then renamed over the old one, so an interrupted write never leaves a broken
checkpoint behind. The zip entries carry a fixed timestamp so that the same training run
produces a byte-identical file.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from dataclasses import dataclass

import numpy as np

from charlstm import config as config_mod
from charlstm import model
from charlstm.errors import CharlstmError
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


def save(path: str, meta: dict, params: dict, arrays: dict | None = None) -> None:
    """Atomically write meta, params (under "params/") and other arrays (keys as given)."""
    entries = {"meta": np.array(json.dumps(meta, sort_keys=True))}
    entries.update({f"params/{k}": v for k, v in params.items()})
    entries.update(arrays or {})
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".npz", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_STORED) as zf:
                for name, array in entries.items():
                    info = zipfile.ZipInfo(f"{name}.npy", date_time=_ZIP_EPOCH)
                    with zf.open(info, "w", force_zip64=True) as member:
                        np.lib.format.write_array(member, np.asarray(array), allow_pickle=False)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def _read_umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it; read once, at import
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _read_arrays(path: str) -> dict:
    try:
        if os.path.isfile(path) and not zipfile.is_zipfile(path):
            raise CharlstmError(
                f"{path} is not a readable charlstm checkpoint (not an .npz archive)"
            )
        with np.load(path, allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in npz.files}
        if not isinstance(arrays.get("meta", np.empty(0)), np.ndarray):
            raise CharlstmError(f"{path}: 'meta' is not a numpy array")
        return arrays
    except CharlstmError:
        raise
    except FileNotFoundError:
        raise CharlstmError(f"checkpoint not found: {path}") from None
    except IsADirectoryError:
        raise CharlstmError(f"checkpoint path is a directory: {path}") from None
    except PermissionError:
        raise CharlstmError(f"cannot read checkpoint {path}: permission denied") from None
    except ValueError as e:
        if "allow_pickle" in str(e):
            raise CharlstmError(
                f"refusing to load {path}: it contains pickled object arrays"
            ) from None
        raise CharlstmError(f"{path} is not a readable charlstm checkpoint ({e})") from None
    except Exception as e:  # BadZipFile, EOFError, OSError, zlib errors: a damaged file
        raise CharlstmError(
            f"{path} is not a readable charlstm checkpoint (truncated or corrupted: "
            f"{type(e).__name__})"
        ) from None


def load(path: str) -> Checkpoint:
    """Read and validate a checkpoint; any problem is one CharlstmError line."""
    arrays = _read_arrays(path)
    if "meta" not in arrays:
        raise CharlstmError(f"{path} is not a charlstm checkpoint: no 'meta' entry")
    meta_array = arrays.pop("meta")
    if meta_array.shape != () or meta_array.dtype.kind != "U":
        raise CharlstmError(f"{path}: 'meta' must be a 0-d unicode string array")
    try:
        meta = json.loads(str(meta_array))
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

    dtype = np.dtype(config.model.dtype)
    params = {}
    for key, shape in model.param_shapes(config.model, len(vocab)).items():
        name = f"params/{key}"
        if name not in arrays:
            raise CharlstmError(f"{path}: missing array {name!r}")
        array = arrays.pop(name)
        if array.shape != shape:
            raise CharlstmError(
                f"{path}: {name} has shape {array.shape}, expected {shape} for this config"
            )
        if array.dtype != dtype:
            raise CharlstmError(f"{path}: {name} has dtype {array.dtype}, expected {dtype}")
        params[key] = array
    extra = [k for k in arrays if k.startswith("params/")]
    if extra:
        raise CharlstmError(f"{path}: unexpected parameter {extra[0]!r} for this config")
    for name, array in arrays.items():
        if not isinstance(array, np.ndarray):
            raise CharlstmError(f"{path}: entry {name!r} is not a numpy array")
        if array.dtype.kind not in "fiub":
            raise CharlstmError(f"{path}: {name} has unsupported dtype {array.dtype}")
    return Checkpoint(meta=meta, config=config, vocab=vocab, params=params, arrays=arrays)


def summary(path: str) -> dict:
    """What the checkpoint at path holds, as plain JSON-ready values (for `charlstm inspect`).
    Loading validates it first, so a broken file is one CharlstmError line."""
    ckpt = load(path)
    meta, model_config = ckpt.meta, ckpt.config.model
    # the optimizer's moment slots ("optim/m/<key>" -> "m") and the carried state's names
    # ("state/c.1" -> "c"), in the order they were saved
    optim_slots = list(dict.fromkeys(k.split("/")[1] for k in ckpt.arrays if k[:6] == "optim/"))
    state = {k[6:].split(".")[0]: a for k, a in ckpt.arrays.items() if k[:6] == "state/"}
    state_batch = next((a.shape[0] for a in state.values() if a.ndim), None)
    return {
        "path": path,
        "file_bytes": os.path.getsize(path),
        "format": meta["format"],
        "version": meta["version"],
        "cell": model_config.cell,
        "layers": model_config.layers,
        "hidden": model_config.hidden,
        "embed_dim": model_config.embed_dim,
        "dtype": model_config.dtype,
        "parameters": {
            "total": int(sum(p.size for p in ckpt.params.values())),
            "arrays": {
                key: {"shape": list(p.shape), "count": int(p.size)}
                for key, p in ckpt.params.items()
            },
        },
        "vocab_size": len(ckpt.vocab),
        "vocab": ckpt.vocab.chars,
        "step": meta["step"],
        "epoch": meta.get("epoch"),
        "batch": meta.get("batch"),
        "best_val_loss": meta.get("best_val_loss"),
        "corpus": meta.get("corpus"),
        "optimizer_slots": optim_slots,
        "carried_state": {"names": list(state), "batch": state_batch},
        "other_meta": {k: v for k, v in meta.items() if k not in _SUMMARIZED_META},
        "config": ckpt.config.to_dict(),
    }


# meta keys that summary() reports under its own names; "rng" is the training generator's
# internal state, only of use for resuming
_SUMMARIZED_META = set(
    "format version vocab config step epoch batch best_val_loss corpus rng".split()
)
