"""Atomic, durable writes (files.atomic_write): the old file or the whole new one, never a part."""

import os
import stat

import pytest

from charlstm import files
from charlstm.errors import CharlstmError
from charlstm.text import write_text


def test_a_write_that_fails_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "corpus.txt"
    write_text(str(path), "old ☃\n")
    with pytest.raises(RuntimeError), files.atomic_write(path) as f:
        f.write(b"half of the new")
        raise RuntimeError("interrupted")
    assert path.read_bytes() == "old ☃\n".encode()
    assert os.listdir(tmp_path) == ["corpus.txt"]


def test_write_text_replaces_the_file_with_the_usual_permissions(tmp_path):
    path = tmp_path / "new" / "dir" / "out.txt"  # directories are made
    write_text(str(path), "a\r\nb ☃")
    write_text(str(path), "c\r\nd ☃")
    assert path.read_bytes() == "c\r\nd ☃".encode()  # UTF-8, newlines as given
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    assert os.listdir(path.parent) == ["out.txt"]


def test_write_text_makes_the_rename_durable(tmp_path, monkeypatch):
    """The file's data and then its directory entry are fsynced: after a power cut the new
    file is there, not only its bytes in an unnamed temporary."""
    synced = []
    real_fsync = os.fsync

    def fsync(fd):
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    write_text(str(tmp_path / "out.txt"), "text")
    assert synced == [False, True]


def test_write_text_errors_are_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(CharlstmError, match=f"^cannot write {blocker}/out.txt: "):
        write_text(str(blocker / "out.txt"), "text")
