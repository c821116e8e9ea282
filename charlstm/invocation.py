"""How the user ran charlstm, so that a hint names a command they can run as it is: `charlstm`
when that is on PATH, else the path they typed (`.venv/bin/charlstm`, as make runs it), or
`python -m charlstm` with their interpreter."""

from __future__ import annotations

import os
import shutil
import sys


def program() -> str:
    """The command that runs charlstm for this user, e.g. "charlstm" or ".venv/bin/charlstm"."""
    argv0 = sys.argv[0] if sys.argv and sys.argv[0] else "charlstm"
    if argv0 == os.path.join(os.path.dirname(os.path.abspath(__file__)), "__main__.py"):
        # python -m charlstm
        python = shutil.which(os.path.basename(sys.executable))
        same = python and os.path.realpath(python) == os.path.realpath(sys.executable)
        return f"{os.path.basename(sys.executable) if same else sys.executable} -m charlstm"
    if os.path.basename(argv0) != "charlstm":  # a test runner or another host program
        return "charlstm"
    found = shutil.which("charlstm")
    if found and os.path.realpath(found) == os.path.realpath(argv0):
        return "charlstm"
    return argv0
