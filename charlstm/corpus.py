"""The text a run trained on, as its checkpoint records it: the fingerprint (SHA-256, length,
characters dropped by fine-tuning), and reading that text back to score its validation split.
"""

from __future__ import annotations

import hashlib

from charlstm import checkpoint
from charlstm.batches import split
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


def ids_to_score(ckpt: checkpoint.Checkpoint, data: str | None, unknown: str):
    """The ids to score and a description: a file, or else the run's validation split."""
    if data:
        ids = ckpt.vocab.encode(read_text(data), unknown=unknown)
        source = data
    else:
        path = ckpt.config.data.path
        if not path:
            raise CharlstmError("the checkpoint names no data file; give --data FILE")
        text = read_text(path)
        if recorded_hash(ckpt) != fingerprint(text)["sha256"]:
            raise CharlstmError(
                f"{path} has changed since training; give --data FILE to score a file"
            )
        # the run's own corpus: encoded exactly as training did (a fine-tuned run drops the
        # characters outside its vocabulary)
        ids = ckpt.vocab.encode(text, unknown="skip" if dropped_chars(ckpt) else unknown)
        _, ids = split(ids, ckpt.config.data.val_fraction)
        source = f"validation split of {path}"
    if len(ids) < 2:
        raise CharlstmError("text too short to score: it needs at least 2 characters")
    return ids, source
