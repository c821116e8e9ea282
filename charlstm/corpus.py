"""The text a run trained on, as its checkpoint records it: the fingerprint (SHA-256, length,
characters dropped by fine-tuning), and reading that text back to score its validation (or
test) split.
"""

from __future__ import annotations

import hashlib
import os

from charlstm import checkpoint
from charlstm.batches import split_with_test
from charlstm.errors import CharlstmError
from charlstm.text import read_text


def fingerprint(text: str) -> dict:
    """SHA-256 of the text's UTF-8 bytes (hashed in pieces: no second copy of a big corpus)."""
    digest = hashlib.sha256()
    for start in range(0, len(text), 1 << 20):
        digest.update(text[start : start + (1 << 20)].encode("utf-8"))
    return {"sha256": digest.hexdigest(), "chars": len(text)}


def dropped_chars(ckpt) -> int:
    """Characters of a fine-tuned run's corpus that are outside its vocabulary (0 otherwise);
    the same text, checked by hash, drops the same characters again."""
    corpus = ckpt.corpus if ckpt is not None else None
    dropped = corpus.get("dropped_chars", 0) if isinstance(corpus, dict) else 0
    return dropped if isinstance(dropped, int) else 0


def recorded_hash(ckpt: checkpoint.Checkpoint) -> str | None:
    """The SHA-256 of the text the checkpoint's run trained on, as recorded in it."""
    corpus = ckpt.corpus
    return corpus.get("sha256") if isinstance(corpus, dict) else None


def read_training_text(path: str, hint: str | None = None) -> str:
    """A run's training text (data.path, recorded absolute); when the file is gone, the error
    ends with hint (what to pass instead)."""
    if hint is not None and not os.path.exists(path):
        raise CharlstmError(f"data file not found: {path}; {hint}")
    return read_text(path)


def ids_to_score(
    ckpt: checkpoint.Checkpoint,
    data: str | None,
    unknown: str,
    part: str = "validation",
    flag: str = "--data",
    name: str = "the checkpoint",
):
    """The ids to score and a description: a file, or else the run's validation (or test)
    split. flag: the command's option that gives a file, and name: what errors call the
    checkpoint (its path, for a command that reads several)."""
    if data:
        ids = ckpt.vocab.encode(read_text(data), unknown=unknown)
        source = data
    else:
        path = ckpt.config.data.path
        if not path:
            raise CharlstmError(f"{name} names no data file; give {flag} FILE")
        if part == "test" and ckpt.config.data.test_fraction == 0:
            raise CharlstmError(
                "the run has no test split (data.test_fraction was 0 when it trained)"
            )
        text = read_training_text(
            path, f"give {flag} FILE to use a file (its whole text) instead of the run's split"
        )
        if recorded_hash(ckpt) != fingerprint(text)["sha256"]:
            raise CharlstmError(
                f"{path} has changed since training; give {flag} FILE to use a file"
            )
        # the run's own corpus: encoded exactly as training did (a fine-tuned run drops the
        # characters outside its vocabulary)
        ids = ckpt.vocab.encode(text, unknown="skip" if dropped_chars(ckpt) else unknown)
        data_config = ckpt.config.data
        _, val_ids, test_ids = split_with_test(
            ids, data_config.val_fraction, data_config.test_fraction
        )
        ids = test_ids if part == "test" else val_ids
        source = f"{part} split of {path}"
    if len(ids) < 2:
        raise CharlstmError("text too short to score: it needs at least 2 characters")
    return ids, source
