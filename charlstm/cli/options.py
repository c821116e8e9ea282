"""Options that several commands share."""

from __future__ import annotations

import os

import click

from charlstm import checkpoint
from charlstm.errors import CharlstmError


def unknown_option(what: str):
    """--unknown error|skip, for text that may hold characters outside the vocabulary."""
    return click.option(
        "--unknown",
        type=click.Choice(["error", "skip"]),
        default="error",
        show_default=True,
        help=f"What to do with {what} outside the vocabulary.",
    )


class Suffix(click.ParamType):
    """A file name that ends in one of the given suffixes (the file's format follows it)."""

    name = "file"

    def __init__(self, *suffixes: str):
        self.suffixes = suffixes

    def convert(self, value, param, ctx):
        if not value.lower().endswith(self.suffixes):
            *rest, last = self.suffixes
            self.fail(f"{value!r} must end in {', '.join(rest)} or {last}", param, ctx)
        return value


class UnitList(click.ParamType):
    """Comma-separated unit numbers, e.g. 3,17, as a list of ints."""

    name = "units"

    def convert(self, value, param, ctx):
        if isinstance(value, list):
            return value
        try:
            units = [int(u) for u in value.split(",") if u.strip()]
        except ValueError:
            self.fail(f"{value!r} is not comma-separated unit numbers, e.g. 3,17", param, ctx)
        if not units:
            self.fail(f"{value!r} names no unit", param, ctx)
        return units


def refuse_to_replace(out: str, overwrite: bool) -> None:
    """A figure or page is not written over an existing file without --overwrite (the
    default names, loss.png and viz.html, are easy to reuse by accident)."""
    if os.path.exists(out) and not overwrite:
        raise CharlstmError(f"{out} exists; pass --overwrite to replace it, or give another --out")


class CheckpointPath(click.ParamType):
    """A checkpoint file, or a run directory for its model (checkpoint.model_file), named on
    stderr so that the user knows which file answered."""

    name = "ckpt"

    def convert(self, value, param, ctx):
        found = checkpoint.model_file(value)
        if found != value:
            click.echo(
                f"using {found} (a run's averaged.npz if it has one, else best.npz)", err=True
            )
        return found


CHECKPOINT = CheckpointPath()
