"""charlstm viz: colour a text by what chosen units hold."""

from __future__ import annotations

import os

import click

from charlstm import checkpoint, inside, viz
from charlstm import plot as plot_mod
from charlstm.cli.options import CHECKPOINT, Suffix, UnitList, refuse_to_replace, unknown_option
from charlstm.errors import CharlstmError
from charlstm.text import read_text, write_text

QUANTITY_NAMES = sorted({q for names in inside.QUANTITIES.values() for q in names})


@click.command("viz")
@click.argument("ckpt", type=CHECKPOINT)
@click.option("--text", "text_path", metavar="FILE", help="UTF-8 text to read.")
@click.option("--prime", help="Text to read, given on the command line.")
@click.option(
    "--layer",
    type=click.IntRange(min=0),
    help="Layer to show, counted from 0 [default: the top one].",
)
@click.option(
    "--units",
    type=UnitList(),
    metavar="U,U,…",
    help="Comma-separated units to show [default: picked for you].",
)
@click.option(
    "--count",
    type=click.IntRange(min=1),
    default=8,
    show_default=True,
    help="Units to pick when --units is not given.",
)
@click.option(
    "--quantity",
    type=click.Choice(QUANTITY_NAMES),
    help="Value to colour by [default: cell (the cell state), or hidden for the rnn and gru].",
)
@click.option(
    "--out",
    type=Suffix(".html", ".htm", *plot_mod.FORMATS),
    default="viz.html",
    show_default=True,
    metavar="FILE.html|FILE.png|FILE.svg",
    help="An HTML page, or a heat-map picture (needs matplotlib).",
)
@click.option("--overwrite", is_flag=True, help="Replace --out if it exists.")
@unknown_option("characters of the text")
def viz_cmd(ckpt, text_path, prime, layer, units, count, quantity, out, overwrite, unknown):
    """Colour each character of a text by what chosen units hold after reading it (cell
    state, hidden state or a gate), one row per unit; the HTML page also shows the model's
    five likeliest next characters when you point at a character. It is self-contained: it
    loads nothing from the network.

    Without --units, the units are picked: on long-dependency stories (lines "I grew up in
    {Country}. … I speak fluent {Language}.") those whose memory best separates the
    countries during the filler, on other text those whose value varies most. The page and
    the output say how. At most 20,000 characters are read; the page shows the first 2,000,
    a picture the first 250.

    \b
    Examples:
      charlstm viz runs/demo/best.npz --text data/longdep.txt
      charlstm viz best.npz --prime "I grew up in France. It rained." --quantity forget
      charlstm viz best.npz --text input.txt --units 3,17 --out cells.svg
    """
    if (text_path is None) == (prime is None):
        raise CharlstmError("give the text to read with --text FILE or --prime TEXT (one of them)")
    refuse_to_replace(out, overwrite)
    suffix = os.path.splitext(out)[1].lower()
    model_ckpt = checkpoint.load(ckpt)
    cell = model_ckpt.config.model.cell
    text = prime if text_path is None else read_text(text_path, what="text file")
    if not text:
        raise CharlstmError("the text to read is empty")
    ids = model_ckpt.vocab.encode(text, unknown=unknown)
    if len(ids) == 0:
        raise CharlstmError("the text has no characters left after dropping unknown ones")
    view = viz.build(
        model_ckpt.model,
        model_ckpt.vocab,
        ids,
        layer=model_ckpt.config.model.layers - 1 if layer is None else layer,
        quantity=quantity or inside.memory_quantity(cell),
        units=units,
        count=count,
        shown=viz.PAGE_CHARS if suffix in (".html", ".htm") else viz.PICTURE_CHARS,
        source=ckpt,
    )
    if suffix in plot_mod.FORMATS:
        viz.heatmap(view, out)
    else:
        write_text(out, viz.page(view))
    click.echo(f"units {', '.join(map(str, view.units))}: {view.how}", err=True)
    for note in view.notes:
        click.echo(note, err=True)
    click.echo(f"wrote {out}", err=True)
