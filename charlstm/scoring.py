"""`charlstm eval`'s policy and words: how a checkpoint is scored on a text (streams,
burn-in, which split) or on a probe file, and the report that says what was scored and how.
The CLI parses and prints what these return; evaluate.py holds the arithmetic."""

from __future__ import annotations

import json

from charlstm import checkpoint, evaluate
from charlstm import corpus as corpus_mod
from charlstm import probes as probes_mod
from charlstm.errors import CharlstmError
from charlstm.text import read_text


def probe_report(ckpt: str, data, probes: str, unknown: str, as_json: bool) -> str:
    """`charlstm eval --probes`: the probe accuracy of the checkpoint's model, read after a
    story and from a zero state (probes.score_readings), as JSON or text, newline-ended."""
    if data:
        raise CharlstmError("give --data or --probes, not both")
    model_ckpt = checkpoint.load(ckpt)
    records = probes_mod.parse(
        read_text(probes, what="probe file"), probes, model_ckpt.vocab, unknown
    )
    readings = probes_mod.score_readings(model_ckpt.model, records, model_ckpt.vocab)
    results = {reading: probes_mod.combine(sets) for reading, sets in readings.items()}
    named_sets = any(list(sets) != [probes_mod.DEFAULT_SET] for sets in readings.values())
    if named_sets:  # the file names its probe sets
        for reading, sets in readings.items():
            results[reading]["sets"] = sets
    if as_json:  # the top level is the zero-state reading, as before both readings
        return json.dumps({**results[probes_mod.ZERO_STATE], "readings": results}) + "\n"
    if named_sets:
        return probes_mod.sets_table(readings)
    blocks = [format_probe_result(result, reading) for reading, result in results.items()]
    return "\n".join(blocks) + "\n"


def method(streams: int, burn_in: int, val_streams: int, as_validation: bool) -> str:
    """How a text was scored, in words; for the run's own validation split, how that
    compares with training's val loss."""
    if streams == 1:
        text = "one stream from a zero state"
    elif burn_in:
        text = f"{streams} streams, each but the first reading up to {burn_in} characters before it"
    else:
        text = f"{streams} streams from a zero state"
    if as_validation and (streams, burn_in) != (val_streams, 0):
        text += f"; training's val loss: --streams {val_streams} --burn-in 0"
    elif as_validation:
        text += ", as training's val loss"
    return text


def text_report(ckpt: str, data, part, streams, burn_in, workers, unknown, as_json) -> str:
    """`charlstm eval`: loss, bits per character and perplexity of the checkpoint's model on
    --data or a split of its own run's text, with how it was scored (JSON or text)."""
    model_ckpt = checkpoint.load(ckpt)
    if data and part != "validation":
        raise CharlstmError("--split chooses a split of the run's text: give it or --data")
    ids, source = corpus_mod.ids_to_score(model_ckpt, data, unknown, part)
    if streams == "auto":
        streams = evaluate.auto_streams(len(ids) - 1, burn_in)
    totals = evaluate.score(model_ckpt.model, ids, streams, burn_in, workers)
    result = evaluate.summarize(*totals)
    S = max(1, min(streams, result["chars"]))
    if as_json:
        return json.dumps({**result, "source": source, "streams": S, "burn_in": burn_in})
    val_streams = model_ckpt.config.train.val_streams
    how = method(S, burn_in, val_streams, data is None and part == "validation")
    return (
        f"{source}: {result['chars']:,} predicted characters\n"
        f"loss {result['loss_nats']:.4f} nats/char  bpc {result['bpc']:.4f}  "
        f"perplexity {result['perplexity']:.3f}\n"
        f"scored as {how}"
    )


def format_probe_result(result: dict, reading: str | None = None) -> str:
    """One probe result as text: the accuracy, then one line per distance bin."""
    read = ""
    if reading:
        read = f", read {'from a ' if reading == probes_mod.ZERO_STATE else ''}{reading}"
    lines = [f"probe accuracy {result['probe_accuracy']:.1%} over {result['n']} probes{read}"]
    lines += [
        f"  distance {name:>8}: {v['accuracy']:6.1%}  (n = {v['n']})"
        for name, v in result["by_distance"].items()
    ]
    return "\n".join(lines)
