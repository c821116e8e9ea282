"""What `charlstm serve` holds while it runs: the models loaded at start (with the units
their heat map shows and their run's validation text), the texts open on them, and the
runs' latest samples. Shared by every request thread."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from http import HTTPStatus

import numpy as np

from charlstm import checkpoint, corpus, inside
from charlstm.errors import CharlstmError
from charlstm.longdep import task
from charlstm.serve import reading
from charlstm.serve.request import RequestError
from charlstm.serve.runs import LatestSamples, run_directories

MODEL_FILES = ("averaged.npz", "best.npz", "last.npz")  # a run's model, the first found
MAX_TEXTS = 64  # readings kept (one per open text and model); the least recently used go
VALIDATION_CHARS = 20_000  # characters of a run's validation text searched by the Cells view
UNITS_SHOWN = 8  # units picked for the heat map at start


@dataclass
class Entry:
    """One model the page can use, loaded at start."""

    id: str
    name: str  # what the user gave, for the page
    ckpt: checkpoint.Checkpoint
    net64: object  # the model in float64, for the gradient view
    units: list  # units shown in the heat map, picked at start
    how: str  # how they were picked
    validation: str | None  # up to VALIDATION_CHARS of the run's validation text
    validation_memory: np.ndarray | None  # (T, H) the top layer's memory over it
    note: str  # why there is no validation text, when there is none

    def describe(self) -> dict:
        c = self.ckpt.config.model
        vocab = self.ckpt.vocab
        choices = [lang for lang in task.LANGUAGES if not vocab.unknown_chars(lang)]
        return {
            "id": self.id,
            "name": self.name,
            "cell": c.cell,
            "layers": c.layers,
            "hidden": c.hidden,
            "step": self.ckpt.step,
            "quantity": inside.describe(inside.memory_quantity(c.cell)),
            "units": self.units,
            "units_how": self.how,
            "choices": choices,
            "validation": self.note or f"{len(self.validation):,} characters",
        }


def checkpoint_path(given: str) -> str:
    """A checkpoint file, or the model of a run directory: averaged, else best, else last."""
    if os.path.isdir(given):
        for name in MODEL_FILES:
            path = os.path.join(given, name)
            if os.path.isfile(path):
                return path
        raise CharlstmError(f"{given} holds no averaged.npz, best.npz or last.npz")
    return given


def has_model(run: str) -> bool:
    return any(os.path.isfile(os.path.join(run, name)) for name in MODEL_FILES)


def load_entry(number: int, given: str) -> Entry:
    ckpt = checkpoint.load(checkpoint_path(given))
    net = ckpt.model
    layer = net.num_layers - 1
    memory_name = inside.memory_quantity(net.cell)
    validation, memory, note = None, None, ""
    try:
        ids, _ = corpus.ids_to_score(ckpt, None, "skip")
        ids = ids[:VALIDATION_CHARS]
        traced = inside.trace(net, ids, [memory_name], layer=layer)
        validation, memory = ckpt.vocab.decode(ids), traced.values[memory_name]
        choice = inside.choose_units(traced, validation, memory_name, UNITS_SHOWN)
        units, how = choice.units, choice.how + " (over the run's validation text)"
    except CharlstmError as e:
        note = f"no validation text: {e}"
        units = list(range(min(UNITS_SHOWN, net.hidden)))
        how = "the first units (the run's validation text, to pick from, is unavailable)"
    return Entry(
        id=f"m{number}",
        name=given,
        ckpt=ckpt,
        net64=reading.float64(net),
        units=units,
        how=how,
        validation=validation,
        validation_memory=memory,
        note=note,
    )


@dataclass
class App:
    """Everything the handlers share: the models, the open texts, the runs."""

    entries: dict  # id -> Entry
    runs_dir: str | None = None
    token: str | None = None
    # (text_id, model) -> (Reading, its lock), the least recently used first
    readings: OrderedDict = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    run_samples: LatestSamples = field(default_factory=LatestSamples)
    streams: int = 0  # samples streaming now (tests watch it fall back to 0)

    def entry(self, body: dict) -> Entry:
        model = body.get("model")
        if model not in self.entries:
            known = ", ".join(self.entries)
            raise RequestError(f"unknown model id {model!r} (known: {known})", HTTPStatus.NOT_FOUND)
        return self.entries[model]

    def reading(self, text_id, entry: Entry) -> tuple[reading.Reading, threading.Lock]:
        """The open text's reading by this model, and the lock that lets one request at a
        time use it."""
        if not isinstance(text_id, str) or not 0 < len(text_id) <= 64:
            raise RequestError("'text_id' must be a string of 1 to 64 characters")
        key = (text_id, entry.id)
        with self.lock:
            found = self.readings.pop(key, None)
            if found is None:
                found = (reading.Reading(entry.ckpt.model), threading.Lock())
            self.readings[key] = found
            while len(self.readings) > MAX_TEXTS:
                self.readings.popitem(last=False)
        return found


def build_app(models: list[str], runs_dir: str | None, token: str | None) -> App:
    """Load every model (ids m0, m1, … in the order given) and check --runs."""
    if runs_dir is not None and not os.path.isdir(runs_dir):
        raise CharlstmError(f"--runs {runs_dir} is not a directory")
    if not models and runs_dir is not None:
        models = [path for path in run_directories(runs_dir) if has_model(path)]
    if not models:
        raise CharlstmError("give a run directory or checkpoint to serve (or --runs DIR with runs)")
    entries = {}
    for n, given in enumerate(models):
        entry = load_entry(n, given)
        entries[entry.id] = entry
    return App(entries=entries, runs_dir=runs_dir, token=token)
