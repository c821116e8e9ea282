"""charlstm eval: score a text or a probe file."""

from __future__ import annotations

import json

import click

from charlstm import checkpoint, evaluate
from charlstm import corpus as corpus_mod
from charlstm import probes as probes_mod
from charlstm.cli.interrupt import exit_on_interrupt
from charlstm.cli.options import CHECKPOINT, unknown_option
from charlstm.errors import CharlstmError
from charlstm.text import read_text


class CountOrAuto(click.ParamType):
    """A count of at least 1, or the word auto."""

    name = "N|auto"

    def convert(self, value, param, ctx):
        if value == "auto" or (isinstance(value, int) and value >= 1):
            return value
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = 0
        if number < 1:
            self.fail(f"{value!r} is not a count of at least 1 or auto", param, ctx)
        return number


COUNT_OR_AUTO = CountOrAuto()


@click.command("eval")
@click.argument("ckpt", type=CHECKPOINT)
@click.option("--data", metavar="FILE", help="Text to score [default: the run's validation split].")
@click.option(
    "--split",
    "part",
    type=click.Choice(["validation", "test"]),
    default="validation",
    show_default=True,
    help="Without --data: which split of the run's text to score (a test split is held out "
    "with data.test_fraction).",
)
@click.option(
    "--probes",
    metavar="FILE.jsonl",
    help="Score probes instead: accuracy by distance, for each probe set the file names, "
    "each prompt read after one story of another language and from a zero state "
    "(docs/longdep.md).",
)
@click.option(
    "--streams",
    type=COUNT_OR_AUTO,
    default="auto",
    show_default=True,
    help="Score the text as this many contiguous parts side by side (1 = one stream; "
    "auto: 16, more for a long text).",
)
@click.option(
    "--burn-in",
    type=click.IntRange(min=0),
    default=256,
    show_default=True,
    help="Unscored characters each part but the first reads first, to warm up its state.",
)
@click.option(
    "--workers",
    type=COUNT_OR_AUTO,
    default="auto",
    show_default=True,
    help="Processes to share the streams among (up to one per core; auto: as train.workers).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@unknown_option("characters of the text or prompts")
def eval_cmd(ckpt, data, part, probes, streams, burn_in, workers, as_json, unknown):
    """Score a text: mean negative log-likelihood per predicted character (nats), bits per
    character and perplexity. Every character after the first is scored once. The text is
    cut into --streams parts scored side by side (far faster than one stream); each part
    but the first first reads the --burn-in characters before it, unscored, so that only
    the text's first characters are scored from a zero state. Training's val loss is the
    same score with no burn-in: --streams 16 --burn-in 0 (train.val_streams) gives it.
    With --probes, the accuracy on a probe file instead.

    \b
    Examples:
      charlstm eval runs/demo/best.npz
      charlstm eval best.npz --data held_out.txt --json
      charlstm eval best.npz --streams 1     # one continuous stream from a zero state
      charlstm eval best.npz --split test    # the run's held-out test split
      charlstm eval best.npz --workers 2     # two processes, one core each
      charlstm eval runs/demo/best.npz --probes charlstm/data/longdep_probes.jsonl
    """
    with exit_on_interrupt(end_line=False):
        evaluate_checkpoint(ckpt, data, part, probes, streams, burn_in, workers, as_json, unknown)


def evaluate_checkpoint(ckpt, data, part, probes, streams, burn_in, workers, as_json, unknown):
    model_ckpt = checkpoint.load(ckpt)
    if probes:
        if data:
            raise CharlstmError("give --data or --probes, not both")
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
            click.echo(json.dumps({**results[probes_mod.ZERO_STATE], "readings": results}))
        elif named_sets:
            click.echo(probes_mod.sets_table(readings), nl=False)
        else:
            blocks = [format_probe_result(result, reading) for reading, result in results.items()]
            click.echo("\n".join(blocks))
        return
    if data and part != "validation":
        raise CharlstmError("--split chooses a split of the run's text: give it or --data")
    ids, source = corpus_mod.ids_to_score(model_ckpt, data, unknown, part)
    if streams == "auto":
        streams = evaluate.auto_streams(len(ids) - 1, burn_in)
    totals = evaluate.score(model_ckpt.model, ids, streams, burn_in, workers)
    result = evaluate.summarize(*totals)
    S = max(1, min(streams, result["chars"]))
    val_streams = model_ckpt.config.train.val_streams
    if S == 1:
        method = "one stream from a zero state"
    elif burn_in:
        method = f"{S} streams, each but the first reading up to {burn_in} characters before it"
    else:
        method = f"{S} streams from a zero state"
    if data is None and part == "validation" and (S, burn_in) != (val_streams, 0):
        method += f"; training's val loss: --streams {val_streams} --burn-in 0"
    elif data is None and part == "validation":
        method += ", as training's val loss"
    if as_json:
        click.echo(json.dumps({**result, "source": source, "streams": S, "burn_in": burn_in}))
    else:
        click.echo(
            f"{source}: {result['chars']:,} predicted characters\n"
            f"loss {result['loss_nats']:.4f} nats/char  bpc {result['bpc']:.4f}  "
            f"perplexity {result['perplexity']:.3f}\n"
            f"scored as {method}"
        )


def format_probe_result(result: dict, reading: str | None = None) -> str:
    read = ""
    if reading:
        read = f", read {'from a ' if reading == probes_mod.ZERO_STATE else ''}{reading}"
    lines = [f"probe accuracy {result['probe_accuracy']:.1%} over {result['n']} probes{read}"]
    lines += [
        f"  distance {name:>8}: {v['accuracy']:6.1%}  (n = {v['n']})"
        for name, v in result["by_distance"].items()
    ]
    return "\n".join(lines)
