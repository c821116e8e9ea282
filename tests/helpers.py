"""Shared by the tests: the tiny training settings, the one way to run the CLI, and the
one-line error check."""

import os

import pytest
from click.testing import CliRunner

from charlstm.cli import main

TINY = [
    "--set",
    "model.layers=2",
    "--set",
    "model.hidden=8",
    "--set",
    "train.batch_size=4",
    "--set",
    "train.seq_len=16",
    "--set",
    "train.eval_every=5",
    "--set",
    "train.sample_length=20",
    "--set",
    "train.log_every=2",
]


def unavailable(reason: str, required_by: str):
    """Skip a test whose optional tool is missing on a user's machine; fail it where the
    environment variable required_by is 1 (.ci/run sets it), so that it cannot skip there."""
    if os.environ.get(required_by) == "1":
        pytest.fail(f"{required_by}=1 but {reason}")
    pytest.skip(reason)


def run(*args, input=None):
    """`charlstm ARGS…` in this process (click's CliRunner): the result's exit_code, stdout,
    stderr and output (both)."""
    return CliRunner().invoke(main, list(args), input=input, prog_name="charlstm")


def one_line_error(result, fragment):
    """Exit status 2 and exactly one "error: …" line, the last thing on stderr, holding
    fragment (a run that had started may have printed its one-line description first)."""
    assert result.exit_code == 2, (result.exit_code, result.output)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 1 and lines[-1] == errors[0], result.stderr
    assert fragment in errors[0], errors[0]
    assert "Traceback" not in result.output
    return errors[0]
