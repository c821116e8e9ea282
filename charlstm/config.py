"""Every configuration key, its type and default, in frozen dataclasses.

A run's config is built from the defaults, then a YAML file (``--config``), then dotted
``--set section.key=value`` overrides. Unknown keys and values of the wrong type are errors
that name the valid choices. YAML is parsed with ``yaml.safe_load`` only.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
from dataclasses import dataclass, field, fields

import yaml

from charlstm.batches import ORDERS
from charlstm.cells import CELLS as CELL_MODULES
from charlstm.errors import CharlstmError

CELLS = tuple(CELL_MODULES)  # lstm, rnn, gru, peephole, coupled
OPTIMIZERS = ("adam", "rmsprop", "sgd")
DTYPES = ("float32", "float64")
RECURRENT_INITS = ("uniform", "orthogonal")


@dataclass(frozen=True)
class ModelConfig:
    cell: str = "lstm"
    layers: int = 2
    hidden: int = 128
    embed_dim: int = 0  # 0 = one-hot input
    dropout: float = 0.0  # between stacked layers, training only
    dtype: str = "float32"
    init_scale: float = 0.0  # weights and biases ~ U(-s, s); 0 = 1/√hidden, as PyTorch
    # the first layer's input weights (or the embedding) ~ U(-input_scale, input_scale);
    # 0 = init_scale like the rest
    input_scale: float = 0.0
    forget_bias: float = 0.0  # added to the forget-gate bias (GRU: update gate); RNN has none
    # "chrono" initialization: forget-gate biases log U(1, chrono − 1), so memory spans start
    # spread up to this many characters (cells/common.chrono_bias); 0 = off; RNN has none
    chrono: int = 0
    # the recurrent weights W_h: "uniform" in ±init_scale (PyTorch's default) or "orthogonal"
    # (every gate's block orthogonal: cells/common.orthogonal_blocks)
    recurrent_init: str = "uniform"


@dataclass(frozen=True)
class TrainConfig:
    batch_size: int = 32
    seq_len: int = 64
    # "streams": B contiguous streams, the state carried from batch to batch (char-rnn);
    # "windows": B windows at random places, each from a zero state (batches.py)
    order: str = "streams"
    # with streams: the last F rows of every batch read a window from a zero state, each
    # starting at a random line start; the other B − F rows are streams (batches.py)
    fresh_rows: int = 0
    # with fresh_rows: after this many steps, the batches have late_fresh_rows fresh rows
    # beside the same B − fresh_rows streams (0 = fresh_rows throughout; docs/longdep.md)
    late_fresh_rows: int = 0
    late_fresh_rows_after: int = 0
    optimizer: str = "adam"
    lr: float = 5e-3
    lr_decay: float = 1.0  # lr is multiplied by this every lr_decay_every steps
    lr_decay_every: int = 1000
    momentum: float = 0.9  # sgd momentum; rmsprop decay is rmsprop_alpha
    rmsprop_alpha: float = 0.95
    weight_decay: float = 0.0
    # each layer's fused bias b learns at lr × this. PyTorch's nn.LSTM keeps two biases per
    # gate (b_ih, b_hh) with the same gradient, so their sum moves twice as far a step as
    # one bias: 2 trains as nn.LSTM does (optim.update)
    bias_lr_scale: float = 1.0
    grad_clip: float = 5.0  # global L2 norm; 0 disables clipping
    max_steps: int = 20000
    max_time: float = 0.0  # seconds of wall time for one invocation; 0 = no limit
    max_epochs: int = 0  # stop after this many passes over the training text; 0 = no limit
    eval_every: int = 200
    log_every: int = 20
    sample_length: int = 200  # characters printed at each eval; 0 = none
    val_streams: int = 16  # validation is scored as this many parallel contiguous streams
    # processes sharing each batch (charlstm/parallel.py), or "auto": the count measured
    # fastest for the model's size on this machine's cores (charlstm/resources.py)
    workers: int | str = "auto"
    seed: int = 0
    keep_checkpoints: int = 0  # also keep the N best validations as step…_val….npz; 0 = none


@dataclass(frozen=True)
class DataConfig:
    path: str = ""
    val_fraction: float = 0.1
    test_fraction: float = 0.0  # the text's last share, held out for `charlstm eval --split test`


@dataclass(frozen=True)
class Config:
    model: ModelConfig = field(default_factory=ModelConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    data: DataConfig = field(default_factory=DataConfig)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


SECTIONS = {f.name: f.type for f in fields(Config)}
_SECTION_CLASSES = {"model": ModelConfig, "train": TrainConfig, "data": DataConfig}


def valid_keys() -> list[str]:
    return [f"{s}.{f.name}" for s, cls in _SECTION_CLASSES.items() for f in fields(cls)]


_KIND_NAMES = {bool: "true or false", int: "an integer", float: "a finite number", str: "a string"}


# Keys that take a positive integer or the word "auto".
_INT_OR_AUTO = ("train.workers",)


def _coerce(key: str, value, default):
    """Check a value against the type of the field's default; ints are accepted for floats."""
    if key in _INT_OR_AUTO:
        if value == "auto" or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise CharlstmError(f"config key {key} must be an integer or auto, got {value!r}")
    kind = type(default)
    if kind is bool:
        ok = isinstance(value, bool)
    elif kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind is float:
        if isinstance(value, str):  # YAML 1.1 reads "1e-3" as a string
            try:
                value = float(value)
            except ValueError:
                pass
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        ok = ok and math.isfinite(value)
        value = float(value) if ok else value
    else:
        ok = isinstance(value, str)
    if not ok:
        raise CharlstmError(
            f"config key {key} must be {_KIND_NAMES[kind]}, got {type(value).__name__} {value!r}"
        )
    return value


def _check(config: Config) -> Config:
    m, t, d = config.model, config.train, config.data
    checks = [
        (m.cell in CELLS, f"model.cell must be one of {', '.join(CELLS)}, got {m.cell!r}"),
        (m.layers >= 1, "model.layers must be at least 1"),
        (m.hidden >= 1, "model.hidden must be at least 1"),
        (m.embed_dim >= 0, "model.embed_dim must be 0 (one-hot) or positive"),
        (0.0 <= m.dropout < 1.0, "model.dropout must be in [0, 1)"),
        (m.dtype in DTYPES, f"model.dtype must be one of {', '.join(DTYPES)}"),
        (m.init_scale >= 0, "model.init_scale must be non-negative (0 = 1/√hidden)"),
        (m.input_scale >= 0, "model.input_scale must be non-negative (0 = init_scale)"),
        (m.chrono == 0 or m.chrono >= 3, "model.chrono must be 0 (off) or at least 3 characters"),
        (
            m.recurrent_init in RECURRENT_INITS,
            f"model.recurrent_init must be one of {', '.join(RECURRENT_INITS)}, "
            f"got {m.recurrent_init!r}",
        ),
        (t.batch_size >= 1, "train.batch_size must be at least 1"),
        (t.seq_len >= 1, "train.seq_len must be at least 1"),
        (t.order in ORDERS, f"train.order must be one of {', '.join(ORDERS)}, got {t.order!r}"),
        (
            t.fresh_rows == 0 or (t.order == "streams" and 0 < t.fresh_rows < t.batch_size),
            "train.fresh_rows must be 0, or below train.batch_size with train.order streams",
        ),
        (t.late_fresh_rows >= 0, "train.late_fresh_rows must be non-negative (0 = off)"),
        (
            t.late_fresh_rows == 0 or t.fresh_rows > 0,
            "train.late_fresh_rows needs train.fresh_rows above 0 (the fresh rows before it)",
        ),
        (t.late_fresh_rows_after >= 0, "train.late_fresh_rows_after must be non-negative"),
        (
            t.late_fresh_rows_after == 0 or t.late_fresh_rows > 0,
            "train.late_fresh_rows_after has no effect without train.late_fresh_rows",
        ),
        (
            t.optimizer in OPTIMIZERS,
            f"train.optimizer must be one of {', '.join(OPTIMIZERS)}, got {t.optimizer!r}",
        ),
        (t.lr > 0, "train.lr must be positive"),
        (t.bias_lr_scale > 0, "train.bias_lr_scale must be positive"),
        (0 < t.lr_decay <= 1, "train.lr_decay must be in (0, 1]"),
        (t.lr_decay_every >= 1, "train.lr_decay_every must be at least 1"),
        (0 <= t.momentum < 1, "train.momentum must be in [0, 1)"),
        (0 < t.rmsprop_alpha < 1, "train.rmsprop_alpha must be in (0, 1)"),
        (t.weight_decay >= 0, "train.weight_decay must be non-negative"),
        (t.grad_clip >= 0, "train.grad_clip must be non-negative (0 disables clipping)"),
        (t.max_steps >= 0, "train.max_steps must be non-negative"),
        (t.max_time >= 0, "train.max_time must be non-negative (0 = no limit)"),
        (t.max_epochs >= 0, "train.max_epochs must be non-negative (0 = no limit)"),
        (t.eval_every >= 1, "train.eval_every must be at least 1"),
        (t.log_every >= 1, "train.log_every must be at least 1"),
        (t.sample_length >= 0, "train.sample_length must be non-negative"),
        (t.val_streams >= 1, "train.val_streams must be at least 1"),
        (t.workers == "auto" or t.workers >= 1, "train.workers must be at least 1 or auto"),
        (t.seed >= 0, "train.seed must be non-negative"),
        (t.keep_checkpoints >= 0, "train.keep_checkpoints must be non-negative (0 = none)"),
        (0.0 < d.val_fraction < 1.0, "data.val_fraction must be in (0, 1)"),
        (0.0 <= d.test_fraction < 1.0, "data.test_fraction must be in [0, 1) (0 = no test split)"),
        (
            d.val_fraction + d.test_fraction < 1.0,
            "data.val_fraction + data.test_fraction must be below 1 (some text must train)",
        ),
    ]
    for ok, message in checks:
        if not ok:
            raise CharlstmError(message)
    return config


def from_dict(values: dict, base: Config | None = None) -> Config:
    """Nested {section: {key: value}} on top of base (defaults when None)."""
    base = base or Config()
    if not isinstance(values, dict):
        raise CharlstmError("config must be a mapping of sections (model, train, data)")
    sections = {}
    for section, cls in _SECTION_CLASSES.items():
        current = getattr(base, section)
        given = values.get(section) or {}
        if not isinstance(given, dict):
            raise CharlstmError(f"config section {section} must be a mapping")
        names = {f.name for f in fields(cls)}
        updates = {}
        for key, value in given.items():
            if key not in names:
                raise unknown_key(f"{section}.{key}")
            updates[key] = _coerce(f"{section}.{key}", value, getattr(current, key))
        sections[section] = dataclasses.replace(current, **updates)
    for section in values:
        if section not in _SECTION_CLASSES:
            raise unknown_key(str(section))
    return _check(Config(**sections))


def unknown_key(key: str) -> CharlstmError:
    """The error for a key that no section has: the closest valid key or section, when one
    is close (difflib), then every valid key."""
    candidates = valid_keys() + list(_SECTION_CLASSES)
    close = difflib.get_close_matches(key, candidates, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return CharlstmError(
        f"unknown config key {key!r}{hint} (valid keys: {', '.join(valid_keys())})"
    )


def parse_overrides(pairs: list[str]) -> dict:
    """['train.lr=0.001', ...] -> nested dict. Values of string keys are taken as written;
    other values are parsed as YAML scalars and then type-checked."""
    nested: dict = {}
    defaults = Config()
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        key = key.strip()
        if not sep or "." not in key:
            raise CharlstmError(f"--set expects section.key=value, got {pair!r}")
        section, _, name = key.partition(".")
        if section not in _SECTION_CLASSES or not hasattr(getattr(defaults, section), name):
            raise unknown_key(key)
        if isinstance(getattr(getattr(defaults, section), name), str) and key not in _INT_OR_AUTO:
            value = raw
        else:
            try:
                value = yaml.safe_load(raw)
            except yaml.YAMLError:
                value = raw
        nested.setdefault(section, {})[name] = value
    return nested


def load_yaml(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            values = yaml.safe_load(f)
    except FileNotFoundError:
        raise CharlstmError(f"config file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CharlstmError(f"cannot read config file {path}: {e}") from None
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        at = f" at line {where.line + 1}" if where else ""
        raise CharlstmError(f"config file {path} is not valid YAML{at}") from None
    if values is None:
        return {}
    if not isinstance(values, dict):
        raise CharlstmError(f"config file {path} must be a mapping of sections")
    return values


def resolve(config_path: str | None, overrides: list[str], base: Config | None = None) -> Config:
    """Defaults (or base) <- YAML file <- --set overrides."""
    config = base or Config()
    if config_path:
        try:
            config = from_dict(load_yaml(config_path), config)
        except CharlstmError as e:
            message = str(e)
            if config_path not in message:  # name the file the bad value is in
                message = f"{config_path}: {message}"
            raise CharlstmError(message) from None
    return from_dict(parse_overrides(overrides), config)


def to_yaml(config: Config) -> str:
    return yaml.safe_dump(config.to_dict(), sort_keys=False)
