"""Writing a file atomically and durably: a reader finds the old file or the whole new one,
never a part of it, and once the write returns the new file survives a crash or power cut.

The bytes go to a temporary file in the target's directory (named .tmp-…, so that a write
cut short by a kill is easy to find and clear), are flushed and fsynced, and the temporary
file is renamed over the target; the directory is then fsynced so that the rename itself is
on disk. Checkpoints (checkpoint.py), corpora, probes, reports and the other files charlstm
writes whole (text.write_text) all go through atomic_write.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Iterator
from typing import BinaryIO

from charlstm.errors import CharlstmError

LOCK_NAME = ".lock"  # in a run directory: held by the one process that trains into it


def _read_umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it; read once, at import
    os.umask(mask)
    return mask


_UMASK = _read_umask()


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, suffix: str = "") -> Iterator[BinaryIO]:
    """A binary file to write `path`'s new bytes to; they replace `path` when the block ends
    without an exception, and are discarded (with the temporary file) when it raises.
    suffix: the temporary file's ending (run.py clears ".tmp-*.npz" left by a killed run)."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=suffix, dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass  # some file systems cannot fsync a directory; the file itself is on disk


def lock_directory(directory: str) -> int:
    """Take the exclusive advisory lock (flock) of directory/.lock for as long as the
    returned descriptor stays open (unlock_directory, or the process's end: a killed holder
    never blocks the next). The holder's pid is written into the file so that a refused
    process can name it. Another holder is a CharlstmError at once, never a wait."""
    try:
        os.makedirs(directory, exist_ok=True)
        fd = os.open(os.path.join(directory, LOCK_NAME), os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as e:
        raise CharlstmError(f"cannot write to output directory {directory}: {e.strerror}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
        os.close(fd)
        raise CharlstmError(
            f"{directory} is being trained into by another process (pid {holder}); wait for "
            "it to end or stop it, or choose another --out"
        ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return fd


def unlock_directory(fd: int | None) -> None:
    """Release a lock_directory lock (closing its descriptor releases it)."""
    if fd is not None:
        os.close(fd)
