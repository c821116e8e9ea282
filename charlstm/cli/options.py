"""Options that several commands share."""

from __future__ import annotations

import click


def unknown_option(what: str):
    """--unknown error|skip, for text that may hold characters outside the vocabulary."""
    return click.option(
        "--unknown",
        type=click.Choice(["error", "skip"]),
        default="error",
        show_default=True,
        help=f"What to do with {what} outside the vocabulary.",
    )
