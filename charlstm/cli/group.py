"""The command group: every user error is one line on stderr and exit status 2."""

from __future__ import annotations

import click

from charlstm.errors import CharlstmError


class Group(click.Group):
    """A click group that prints every user error as one line and exits with status 2: its
    own (CharlstmError) and click's usage errors (a bad option value, a missing argument, an
    unknown option), which click would print as a usage block."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as e:
            path = f"{parent.command_path} {info_name}" if parent is not None else info_name
            _usage_error(e, path)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CharlstmError as e:
            click.echo(f"error: {e}", err=True)
            ctx.exit(2)
        except click.UsageError as e:
            # an error from a subcommand's parser may carry no context: name the subcommand
            path = " ".join(filter(None, (ctx.command_path, ctx.invoked_subcommand)))
            _usage_error(e, path)


def _usage_error(e: click.UsageError, path: str):
    """Print click's usage error as one line that names the help to read, and exit 2.
    A bare group (`charlstm`, `charlstm data`) still prints its help."""
    if isinstance(e, getattr(click.exceptions, "NoArgsIsHelpError", ())):  # click >= 8.2
        raise e
    message = " ".join(e.format_message().split())
    if message[:1].isupper() and message[1:2].islower():  # click's "Invalid value …"
        message = message[0].lower() + message[1:]
    if e.ctx is not None:
        path = e.ctx.command_path
    click.echo(f"error: {message.rstrip('.')} (see {path} --help)", err=True)
    raise click.exceptions.Exit(2)
