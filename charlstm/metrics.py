"""metrics.jsonl, a run directory's log: one JSON record per line, appended as training
goes (a record every train.log_every steps and at every validation), read back by plot,
sweep, compare and resume. Its one home: the record's fields, writing and reading."""

from __future__ import annotations

import json
import math
import os

from charlstm.errors import CharlstmError

FIELDS = ("step", "train_loss", "val_loss", "lr", "chars_per_s", "elapsed_s")


def append(path: str, event: dict) -> None:
    """Append a training event's record as one whole line (a reader drops a cut last line)."""
    record = {k: event.get(k) for k in FIELDS}
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(record) + "\n")


def step_of(line: str) -> float:
    """The step of a metrics line; infinity for a line that cannot be read (dropped)."""
    try:
        return int(json.loads(line)["step"])
    except (ValueError, KeyError, TypeError, OverflowError):
        return math.inf


def read(run_dir: str) -> list[dict]:
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
        if not _is_record(record):
            raise CharlstmError(
                f"{path} line {number} is not a metrics record (step, train_loss, elapsed_s)"
            )
        records.append(record)
    if not records:
        raise CharlstmError(f"{path} has no records yet (one every train.log_every steps)")
    return records


def _is_record(record) -> bool:
    number = (int, float)
    return (
        isinstance(record, dict)
        and all(isinstance(record.get(k), number) for k in ("step", "train_loss", "elapsed_s"))
        and isinstance(record.get("val_loss"), (*number, type(None)))
    )
