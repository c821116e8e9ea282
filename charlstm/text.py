"""Reading and writing UTF-8 text (corpora, primes, generated files); mapping characters to
integer ids.

The vocabulary is the sorted set of Unicode code points in the training text, so any
language works. Ids are stored in the smallest unsigned integer type that fits the
vocabulary (uint8 up to 256 characters), which keeps a large corpus small in memory.
"""

from __future__ import annotations

import os
import sys
import unicodedata

import numpy as np

from charlstm import files
from charlstm.errors import CharlstmError

BOM = "\ufeff"


def read_text(path: str | os.PathLike, what: str = "data file") -> str:
    """Read a whole UTF-8 file; drop a leading byte-order mark; refuse empty or binary files.
    `what` names the file in messages ("data file", "prime file")."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise CharlstmError(f"{what} not found: {path}") from None
    except IsADirectoryError:
        raise CharlstmError(f"{what} is a directory, not a file: {path}") from None
    except OSError as e:
        raise CharlstmError(f"cannot read {what} {path}: {e.strerror}") from None
    text = decode_utf8(raw, str(path))
    del raw
    if not text:
        raise CharlstmError(f"{what} is empty: {path}")
    return text


def decode_utf8(raw: bytes, name: str) -> str:
    """Strict UTF-8 decoding without a leading byte-order mark; the error names the offset."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CharlstmError(
            f"{name} is not valid UTF-8: invalid byte 0x{raw[e.start]:02x} at byte offset {e.start}"
        ) from None
    return text[1:] if text.startswith(BOM) else text


def read_prime(path: str) -> str:
    """A prime from a file; "-" reads standard input (both strict UTF-8, BOM dropped).
    From standard input one trailing newline is dropped: the one `echo` adds (to end the
    prime with a newline, pipe two, e.g. printf 'ROMEO:\\n\\n'). A file is taken as it is."""
    if path == "-":
        text = decode_utf8(sys.stdin.buffer.read(), "standard input")
        newline = "\r\n" if text.endswith("\r\n") else "\n"
        return text.removesuffix(newline)
    return read_text(path, what="prime file")


def write_text(path: str, text: str) -> None:
    """Write UTF-8 text atomically and durably (files.atomic_write: no half-written corpus if
    interrupted), making its directory if needed."""
    try:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with files.atomic_write(path) as f:
            f.write(text.encode("utf-8"))
    except OSError as e:
        raise CharlstmError(f"cannot write {path}: {e.strerror}") from None


CHUNK = 1 << 20  # characters converted at a time


def _chunks(text: str):
    """(n,) uint32 code points of successive pieces of text (at least one, maybe empty)."""
    for start in range(0, max(len(text), 1), CHUNK):
        yield _code_points(text[start : start + CHUNK])


def _code_points(text: str) -> np.ndarray:
    """(N,) uint32 code points of a string, without a Python loop."""
    try:
        return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError as e:  # lone surrogates, e.g. undecodable bytes on a command line
        raise CharlstmError(
            f"text is not valid Unicode: unpaired surrogate at character {e.start}"
        ) from None


def id_dtype(vocab_size: int) -> np.dtype:
    """Smallest unsigned integer dtype that holds ids 0..vocab_size-1."""
    for dtype in (np.uint8, np.uint16, np.uint32):
        if vocab_size <= np.iinfo(dtype).max + 1:
            return np.dtype(dtype)
    raise CharlstmError(f"vocabulary of {vocab_size} characters is too large")


def describe_chars(chars) -> str:
    """Characters as a user can read them in a one-line message: repr, with escapes."""
    return ", ".join(repr(c) for c in chars)


VISIBLE_SPACE = "\u2423"  # ␣
_NAMED_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\\": "\\\\", " ": VISIBLE_SPACE}


def visible(char: str) -> str:
    r"""One character as it can be seen in a listing of a vocabulary: \n, \t, \r, \\, ␣ for
    the space, and \xNN / \uNNNN / \UNNNNNNNN for other whitespace, control, format,
    private-use and unassigned characters, for combining marks (which would join the character
    before them) and for ␣ itself, so that every listing reads back unambiguously."""
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    if unicodedata.category(char)[0] in "CZM" or char == VISIBLE_SPACE:
        cp = ord(char)
        return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}" if cp < 0x10000 else f"\\U{cp:08x}"
    return char


class Vocab:
    """Bijection between characters (code points) and ids 0..V-1, in sorted code-point order."""

    def __init__(self, chars: list[str]):
        if not chars:
            raise CharlstmError("vocabulary is empty")
        if any(len(c) != 1 for c in chars):
            raise CharlstmError("vocabulary entries must be single characters")
        if len(set(chars)) != len(chars):
            raise CharlstmError("vocabulary has repeated characters")
        self.chars = list(chars)
        self._code_points = np.array([ord(c) for c in chars], dtype=np.uint32)
        self._sorted = bool(np.all(self._code_points[1:] > self._code_points[:-1]))
        if not self._sorted:
            raise CharlstmError("vocabulary must be in increasing code-point order")
        self.index = {c: i for i, c in enumerate(chars)}
        self.dtype = id_dtype(len(chars))

    @classmethod
    def from_text(cls, text: str) -> Vocab:
        seen = np.unique(np.concatenate([np.unique(cps) for cps in _chunks(text)]))
        return cls([chr(c) for c in seen])

    def __len__(self) -> int:
        return len(self.chars)

    def __eq__(self, other) -> bool:
        return isinstance(other, Vocab) and self.chars == other.chars

    def _lookup(self, cps: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Ids of code points, and which of them are in the vocabulary."""
        pos = np.searchsorted(self._code_points, cps).clip(0, len(self) - 1)
        return pos, self._code_points[pos] == cps

    def unknown_chars(self, text: str) -> list[str]:
        """Characters of text outside the vocabulary, each once, in order of code point."""
        missing = [cps[~known] for cps in _chunks(text) for _, known in [self._lookup(cps)]]
        return [chr(c) for c in np.unique(np.concatenate(missing))]

    def encode(self, text: str, unknown: str = "error") -> np.ndarray:
        """Text -> (N,) ids. unknown='error' refuses characters outside the vocabulary,
        unknown='skip' drops them. Works in chunks, so a large corpus needs little more memory
        than its ids."""
        ids = np.empty(len(text), dtype=self.dtype)
        filled = 0
        for cps in _chunks(text):
            pos, known = self._lookup(cps)
            if not known.all():
                if unknown != "skip":
                    missing = self.unknown_chars(text)
                    shown = describe_chars(missing[:10]) + (" …" if len(missing) > 10 else "")
                    raise CharlstmError(
                        f"{len(missing)} character(s) not in the model's vocabulary: {shown} "
                        "(use --unknown skip to drop them)"
                    )
                pos = pos[known]
            ids[filled : filled + len(pos)] = pos
            filled += len(pos)
        return ids[:filled]

    def decode(self, ids) -> str:
        return "".join(self.chars[int(i)] for i in ids)
