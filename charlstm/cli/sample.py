"""charlstm sample: generate text from a checkpoint."""

from __future__ import annotations

import json
import sys

import click

from charlstm import checkpoint
from charlstm.cli.interrupt import exit_on_interrupt
from charlstm.cli.options import CHECKPOINT, unknown_option
from charlstm.sample_request import SampleRequest


@click.command()
@click.argument("ckpt", type=CHECKPOINT)
@click.option("--prime", help="Text to start from (printed, then continued).")
@click.option(
    "--prime-file",
    type=click.Path(dir_okay=False),
    help="Read the prime from a file; - reads standard input, less one trailing newline (the "
    "one echo adds).",
)
@click.option(
    "--length",
    type=click.IntRange(min=0),
    default=500,
    show_default=True,
    help="Characters to generate.",
)
@click.option(
    "--temperature",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Below 1: safer text; above 1: more surprising; 0: greedy.",
)
@click.option(
    "--top-k",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Sample among the k likeliest (0 = all).",
)
@click.option(
    "--top-p",
    type=click.FloatRange(0, 1, min_open=True),
    default=1.0,
    show_default=True,
    help="Sample among the likeliest whose total probability reaches p.",
)
@click.option("--greedy", is_flag=True, help="Always take the likeliest character.")
@click.option(
    "--beam",
    type=click.IntRange(min=1),
    metavar="N",
    help="Beam search instead of sampling: keep the N likeliest continuations and print the "
    "best by mean log-probability per character; with --num-samples, the best few. Ends a "
    "continuation at --stop or --length.",
)
@click.option("--seed", type=int, help="Random seed for repeatable samples.")
@click.option(
    "--num-samples",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Independent samples to print.",
)
@click.option(
    "--stop",
    "stops",
    multiple=True,
    metavar="STRING",
    help="End a sample as soon as its generated text contains STRING, which is kept (the "
    "prime is not searched). Repeatable; the first to appear wins.",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help='One JSON object per sample per line: {"prime", "text" (generated only), "logprob" '
    "(natural log, at temperature 1 without top-k/top-p, so comparable across settings), "
    '"chars", "stop" (the stop string that ended it, or null)}.',
)
@unknown_option("prime characters")
def sample(
    ckpt,
    prime,
    prime_file,
    length,
    temperature,
    top_k,
    top_p,
    greedy,
    beam,
    seed,
    num_samples,
    stops,
    as_json,
    unknown,
):
    """Generate text from a checkpoint, streaming characters as they come.

    \b
    Examples:
      charlstm sample runs/demo/best.npz --prime "I grew up in France."
      charlstm sample best.npz --prime-file start.txt --length 2000 --temperature 0.8
      charlstm sample best.npz --top-p 0.9 --num-samples 3 --seed 1
      echo "I grew up in Spain." | charlstm sample best.npz --prime-file - --stop "."
      charlstm sample best.npz --prime "I grew up" --stop "." --num-samples 5 --json
      charlstm sample best.npz --prime "I grew up in Japan." --beam 8 --stop "."
    """
    request = SampleRequest(
        prime=prime,
        prime_file=prime_file,
        length=length,
        temperature=temperature,
        top_k=top_k,
        top_p=top_p,
        greedy=greedy,
        beam=beam,
        seed=seed,
        num_samples=num_samples,
        stops=stops,
    )
    model_ckpt = checkpoint.load(ckpt)
    chosen = request.read_prime(model_ckpt, unknown)
    with exit_on_interrupt(end_line=not as_json):
        if request.beam is not None:
            for n, record in enumerate(request.beams(model_ckpt, chosen)):
                if as_json:
                    click.echo(json.dumps(record))
                else:
                    click.echo(("-" * 40 + "\n" if n else "") + chosen.shown + record["text"])
            return
        rng = request.rng()

        def stream(char: str) -> None:
            click.echo(char, nl=False)
            sys.stdout.flush()

        for n in range(request.num_samples):
            if n and not as_json:
                click.echo("\n" + "-" * 40)
            if not as_json:
                click.echo(chosen.shown, nl=False)
            record = request.sample(model_ckpt, chosen, rng, on_char=None if as_json else stream)
            click.echo(json.dumps(record) if as_json else "")
