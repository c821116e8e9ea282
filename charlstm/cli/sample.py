"""charlstm sample: generate text from a checkpoint."""

from __future__ import annotations

import json
import sys

import click
import numpy as np

from charlstm import checkpoint
from charlstm import run as run_mod
from charlstm.cli.options import unknown_option
from charlstm.errors import CharlstmError
from charlstm.sample import sample_text
from charlstm.train import default_prime


@click.command()
@click.argument("ckpt")
@click.option("--prime", help="Text to start from (printed, then continued).")
@click.option("--prime-file", type=click.Path(dir_okay=False), help="Read the prime from a file.")
@click.option(
    "--length",
    type=click.IntRange(min=0),
    default=500,
    show_default=True,
    help="Characters to generate.",
)
@click.option(
    "--temperature",
    type=click.FloatRange(min=0, min_open=True),
    default=1.0,
    show_default=True,
    help="Below 1: safer text; above 1: more surprising.",
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
    """
    if prime is not None and prime_file:
        raise CharlstmError("give --prime or --prime-file, not both")
    if not all(stops):
        raise CharlstmError("--stop must not be empty")
    model_ckpt = checkpoint.load(ckpt)
    vocab = model_ckpt.vocab
    if prime_file:
        prime = run_mod.read_prime(prime_file)
    shown = prime or ""
    prime_ids = vocab.encode(prime or default_prime(vocab), unknown=unknown)
    if len(prime_ids) == 0:
        raise CharlstmError("the prime has no characters left after dropping unknown ones")
    rng = np.random.default_rng(seed)

    def stream(char: str) -> None:
        click.echo(char, nl=False)
        sys.stdout.flush()

    for n in range(num_samples):
        if n and not as_json:
            click.echo("\n" + "-" * 40)
        if not as_json:
            click.echo(shown, nl=False)
        result = sample_text(
            model_ckpt.params,
            vocab.chars,
            prime_ids,
            length,
            rng,
            temperature,
            top_k,
            top_p,
            greedy,
            stops,
            on_char=None if as_json else stream,
            cell=model_ckpt.config.model.cell,
        )
        if as_json:
            record = {"prime": shown, "text": result.text, "logprob": result.logprob}
            record.update(chars=len(result.text), stop=result.stop)
            click.echo(json.dumps(record))
        else:
            click.echo()
