"""The charlstm command line: parse options, call one library function, print. One module
per command; this one makes the group.

Every user error is one line on stderr ("error: …") and exit status 2.
"""

from __future__ import annotations

import click

from charlstm import __version__
from charlstm.cli.average import average
from charlstm.cli.compare import compare
from charlstm.cli.data import data
from charlstm.cli.endings import endings_cmd
from charlstm.cli.eval import eval_cmd
from charlstm.cli.gradflow import gradflow_cmd
from charlstm.cli.group import Group
from charlstm.cli.inspect import inspect
from charlstm.cli.plot import plot
from charlstm.cli.sample import sample
from charlstm.cli.serve import serve_cmd
from charlstm.cli.sweep import sweep
from charlstm.cli.train import train
from charlstm.cli.viz import viz_cmd


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="charlstm")
def main():
    """Character-level LSTM language models in plain numpy.

    \b
    Examples:
      charlstm train --data input.txt --out runs/mine
      charlstm sample runs/mine/best.npz --prime "ROMEO:" --length 500
      charlstm eval runs/mine/best.npz --data other.txt --json
    """


commands = (
    train,
    sweep,
    compare,
    average,
    sample,
    eval_cmd,
    endings_cmd,
    inspect,
    plot,
    viz_cmd,
    gradflow_cmd,
    data,
    serve_cmd,
)
for command in commands:
    main.add_command(command)
