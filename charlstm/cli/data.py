"""charlstm data: generate the project's own corpora."""

from __future__ import annotations

import click

from charlstm import evaluate, longdep
from charlstm import probes as probes_mod
from charlstm.cli.group import Group
from charlstm.errors import CharlstmError
from charlstm.text import write_text


@click.group(cls=Group)
def data():
    """Generate the project's own corpora."""


@data.command("longdep")
@click.option("--out", required=True, metavar="FILE", help="Where to write the corpus.")
@click.option("--probes", "probes_out", metavar="FILE.jsonl", help="Also write held-out probes.")
@click.option(
    "--stories",
    "n_stories",
    type=click.IntRange(min=1),
    default=12000,
    show_default=True,
    help="Story lines.",
)
@click.option(
    "--min-distance",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Shortest distance (characters between the country and 'I speak fluent').",
)
@click.option(
    "--max-distance",
    type=click.IntRange(min=50),
    default=50,
    show_default=True,
    help="Longest distance (at least 50: one filler sentence).",
)
@click.option(
    "--short-fraction",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help=f"Share of stories with distance at most {longdep.SHORT_MAX}, where a model first "
    "picks up the dependency.",
)
@click.option("--seed", default=0, show_default=True, help="Same options, same bytes.")
@click.option(
    "--probes-per-bin",
    type=click.IntRange(min=1),
    default=48,
    show_default=True,
    help="Probes per distance bin.",
)
@click.option(
    "--probe-max-distance",
    default=400,
    show_default=True,
    help="Probes fill the distance bins (0-50, 50-100, 100-200, …) up to this distance.",
)
def data_longdep(
    out,
    probes_out,
    n_stories,
    min_distance,
    max_distance,
    short_fraction,
    seed,
    probes_per_bin,
    probe_max_distance,
):
    """Write one-line stories 'I grew up in {Country}. … I speak fluent {Language}.' and,
    with --probes, held-out probes for `charlstm eval --probes`.

    \b
    Example (the committed default corpus):
      charlstm data longdep --out data/longdep.txt --probes data/longdep_probes.jsonl
    """
    if min_distance > max_distance:
        raise CharlstmError("--min-distance must not be larger than --max-distance")
    text = longdep.corpus(n_stories, min_distance, max_distance, seed, short_fraction)
    write_text(out, text)
    click.echo(f"wrote {len(text):,} characters ({n_stories} stories) to {out}", err=True)
    if probes_out:
        bins = [(lo, hi) for lo, hi in evaluate.DISTANCE_BINS if hi and hi <= probe_max_distance]
        if not bins:
            raise CharlstmError("--probe-max-distance must be at least 50 (the first bin, 0-50)")
        records = longdep.probes(probes_per_bin, bins, seed + 1, set(text.splitlines(True)))
        write_text(probes_out, probes_mod.to_jsonl(records))
        click.echo(f"wrote {len(records)} probes to {probes_out}", err=True)
