"""Ctrl-C in a command that prints as it goes (sample, eval): exit status 130, as `train`
gives, instead of click's "Aborted!" and 1; what was printed stays (the streamed text, and
every JSON line already printed, which click.echo writes whole and flushes)."""

from __future__ import annotations

from contextlib import contextmanager

import click

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a process Ctrl-C ended


@contextmanager
def exit_on_interrupt(end_line: bool):
    """Run the block; on KeyboardInterrupt end the output's line when end_line (streamed
    text stops mid-line; JSON lines are whole already), say so on stderr and exit 130."""
    try:
        yield
    except KeyboardInterrupt:
        if end_line:
            click.echo()
        click.echo("interrupted", err=True)
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
