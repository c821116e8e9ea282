"""What a checkpoint holds, as plain JSON-ready values: the report of `charlstm inspect`."""

from __future__ import annotations

import os

from charlstm import checkpoint


def summary(path: str) -> dict:
    """What the checkpoint at path holds, as plain JSON-ready values (for `charlstm inspect`).
    Loading validates it first, so a broken file is one CharlstmError line."""
    ckpt = checkpoint.load(path)
    meta, model_config = ckpt.meta, ckpt.config.model
    # the optimizer's moment slots ("optim/m/<key>" -> "m") and the carried state's names
    # ("state/c.1" -> "c"), in the order they were saved
    optim_slots = list(dict.fromkeys(k.split("/")[1] for k in ckpt.arrays if k[:6] == "optim/"))
    state = {k[6:].split(".")[0]: a for k, a in ckpt.arrays.items() if k[:6] == "state/"}
    state_batch = next((a.shape[0] for a in state.values() if a.ndim), None)
    return {
        "path": path,
        "file_bytes": os.path.getsize(path),
        "format": meta["format"],
        "version": meta["version"],
        "cell": model_config.cell,
        "layers": model_config.layers,
        "hidden": model_config.hidden,
        "embed_dim": model_config.embed_dim,
        "dtype": model_config.dtype,
        "parameters": {
            "total": int(sum(p.size for p in ckpt.params.values())),
            "arrays": {
                key: {"shape": list(p.shape), "count": int(p.size)}
                for key, p in ckpt.params.items()
            },
        },
        "vocab_size": len(ckpt.vocab),
        "vocab": ckpt.vocab.chars,
        "step": meta["step"],
        "epoch": meta.get("epoch"),
        "batch": meta.get("batch"),
        "best_val_loss": meta.get("best_val_loss"),
        "corpus": meta.get("corpus"),
        "optimizer_slots": optim_slots,
        "carried_state": {"names": list(state), "batch": state_batch},
        "other_meta": {k: v for k, v in meta.items() if k not in _SUMMARIZED_META},
        "config": ckpt.config.to_dict(),
    }


# meta keys that summary() reports under its own names; "rng" is the training generator's
# internal state, only of use for resuming
_SUMMARIZED_META = set(
    "format version vocab config step epoch batch best_val_loss corpus rng".split()
)
