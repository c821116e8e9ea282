"""charlstm eval: score a text or a probe file."""

from __future__ import annotations

import click

from charlstm import scoring
from charlstm.cli.interrupt import exit_on_interrupt
from charlstm.cli.options import CHECKPOINT, unknown_option


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
    """Score and print: the scoring and its words are scoring.py's."""
    if probes:
        click.echo(scoring.probe_report(ckpt, data, probes, unknown, as_json), nl=False)
    else:
        report = scoring.text_report(ckpt, data, part, streams, burn_in, workers, unknown, as_json)
        click.echo(report)
