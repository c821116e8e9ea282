"""charlstm endings: let a model finish primed stories and count the right languages."""

from __future__ import annotations

import json

import click

from charlstm import checkpoint, endings
from charlstm.cli.interrupt import exit_on_interrupt
from charlstm.longdep import probing, sides
from charlstm.text import read_text


@click.command("endings")
@click.argument("ckpt")
@click.option(
    "--per-bin",
    default=12,
    show_default=True,
    type=click.IntRange(min=1),
    help="Stories per distance bin (countries in turn).",
)
@click.option(
    "--max-distance",
    default=probing.BINS[-1][1],
    show_default=True,
    type=click.IntRange(min=probing.BINS[0][1]),
    help="Primes fill the distance bins (0-50, 50-100, …) up to this distance.",
)
@click.option("--temperature", default=0.8, show_default=True, type=click.FloatRange(min=0.01))
@click.option("--seed", default=0, show_default=True, help="Same seed, same primes and samples.")
@click.option(
    "--filler-from",
    metavar="FILE",
    help="Prime with the held-out sentences of this text (as `data longdep --filler-from` "
    "splits it) instead of the grammar's held-out side.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the table and every story as JSON.")
def endings_cmd(ckpt, per_bin, max_distance, temperature, seed, filler_from, as_json):
    """Prime stories "I grew up in {Country}. {filler}" from a zero state, as `sample
    --prime` does, let the model write on until "I speak fluent {word}", and report right,
    wrong and unended stories by distance (docs/longdep.md). The filler is held out: the
    model has never read it.

    \b
    Examples:
      charlstm endings runs/demo/averaged.npz
      charlstm endings runs/demo/averaged.npz --per-bin 24 --temperature 1 --json
    """
    model_ckpt = checkpoint.load(ckpt)
    side = None
    if filler_from:
        text = read_text(filler_from, "filler file")
        side = sides.Sentences.from_text(text, filler_from).side(held_out=True)
    with exit_on_interrupt(end_line=False):
        written, table = endings.check(
            model_ckpt.model, model_ckpt.vocab, per_bin, max_distance, temperature, seed, side
        )
    if as_json:
        stories = [e.__dict__ for e in written]
        click.echo(json.dumps({"by_distance": table, "stories": stories}, ensure_ascii=False))
        return
    click.echo(endings.summary(written, temperature))
    click.echo(endings.markdown(table), nl=False)
