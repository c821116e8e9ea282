"""charlstm data: generate the project's own corpora."""

from __future__ import annotations

import click

from charlstm import config as config_mod
from charlstm import probes as probes_mod
from charlstm.cli.group import Group
from charlstm.errors import CharlstmError
from charlstm.longdep import layout, probing, sides
from charlstm.text import read_text, write_text


@click.group(cls=Group)
def data():
    """Generate the project's own corpora."""


@data.command("longdep")
@click.option("--out", required=True, metavar="FILE", help="Where to write the corpus.")
@click.option(
    "--probes",
    "probes_out",
    metavar="FILE.jsonl",
    help="Also write the held-out probes: in-distribution and out-of-distribution sets.",
)
@click.option(
    "--stories",
    "n_stories",
    default=layout.DEFAULT_STORIES,
    show_default=True,
    type=click.IntRange(min=1),
    help="Story lines.",
)
@click.option(
    "--min-distance",
    default=layout.DEFAULT_MIN_DISTANCE,
    show_default=True,
    type=click.IntRange(min=0),
    help="Shortest distance (characters between the country and 'I speak fluent').",
)
@click.option(
    "--max-distance",
    default=layout.DEFAULT_MAX_DISTANCE,
    show_default=True,
    type=click.IntRange(min=0),
    help="Longest distance in the corpus (the probes go to --probe-max-distance).",
)
@click.option(
    "--distances",
    type=click.Choice(layout.DISTANCES),
    default=layout.DEFAULT_DISTANCES,
    show_default=True,
    help="How distances are drawn: log (as many of 10-20 as of 800-1,600) or uniform.",
)
@click.option(
    "--filler-from",
    "filler_from",
    metavar="FILE",
    help="Build the stories from the sentences of this UTF-8 text instead of the project's "
    "grammar (one in ten sentences is held out for the OOD probes).",
)
@click.option(
    "--curriculum",
    "curriculum_config",
    metavar="CONFIG.yaml",
    help="Instead of --stories, lay the stories out for one run of this config: short "
    "distances first in every stream, growing with the step (docs/longdep.md).",
)
@click.option(
    "--warmup",
    default=layout.DEFAULT_WARMUP,
    show_default=True,
    type=click.FloatRange(0, 1, min_open=True),
    help="With --curriculum: the share of the run over which the longest distance grows.",
)
@click.option(
    "--epochs",
    default=layout.DEFAULT_EPOCHS,
    show_default=True,
    type=click.IntRange(min=1),
    help="With --curriculum: passes over the corpus in the run; each starts again from "
    "short stories and a zero state.",
)
@click.option(
    "--easy",
    type=click.FloatRange(0, 1, max_open=True),
    default=layout.DEFAULT_EASY,
    show_default=True,
    help="With --curriculum: the share of stories, at every point of the run after the "
    "first short stories, short enough that the country and the answer fit in one "
    "training window (train.seq_len), so carrying the country through filler keeps "
    "being taught while the distances grow.",
)
@click.option(
    "--seed", default=layout.DEFAULT_SEED, show_default=True, help="Same options, same bytes."
)
@click.option(
    "--probes-per-bin",
    default=48,
    show_default=True,
    type=click.IntRange(min=1),
    help="Probes per distance bin and set.",
)
@click.option(
    "--probe-max-distance",
    default=probing.BINS[-1][1],
    show_default=True,
    help="Probes fill the distance bins (0-50, 50-100, 100-200, …) up to this distance.",
)
def data_longdep(
    out,
    probes_out,
    n_stories,
    min_distance,
    max_distance,
    distances,
    filler_from,
    curriculum_config,
    warmup,
    epochs,
    easy,
    seed,
    probes_per_bin,
    probe_max_distance,
):
    """Write one-line stories 'I grew up in {Country}. … I speak fluent {Language}.' and,
    with --probes, held-out probes for `charlstm eval --probes`: new stories from the same
    filler ("in-distribution") and stories whose filler words and sentence shapes the
    corpus never uses ("ood").

    \b
    Examples:
      # the demo's corpus and probes (make data), laid out for the demo's config:
      charlstm data longdep --curriculum charlstm/configs/demo.yaml --out data/longdep.txt \\
          --probes charlstm/data/longdep_probes.jsonl
      charlstm data longdep --out stories.txt --stories 2000 --max-distance 400
      charlstm data longdep --filler-from my_novel.txt --out mine.txt --probes mine.jsonl
    """
    if min_distance > max_distance:
        raise CharlstmError("--min-distance must not be larger than --max-distance")
    curriculum = None
    if curriculum_config:
        config = config_mod.resolve(curriculum_config, [])
        curriculum = layout.curriculum_for(config, warmup, epochs, easy)
    sentences = None
    if filler_from:
        sentences = sides.Sentences.from_text(read_text(filler_from, "filler file"), filler_from)
        click.echo(f"{filler_from}: {sentences.summary()}", err=True)
    text, records = layout.build(
        n_stories,
        min_distance,
        max_distance,
        seed,
        distances,
        sentences,
        probes_per_bin if probes_out else 0,
        probe_max_distance,
        curriculum,
    )
    write_text(out, text)
    click.echo(f"wrote {len(text):,} characters ({text.count(chr(10))} stories) to {out}", err=True)
    if probes_out:
        write_text(probes_out, probes_mod.to_jsonl(records))
        click.echo(f"wrote {len(records)} probes to {probes_out}", err=True)
