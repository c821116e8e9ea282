"""The charlstm command line: parse options, call one library function, print.

Every user error is one line on stderr ("error: …") and exit status 2.
"""

from __future__ import annotations

import json
import os
import signal
import sys

import click
import numpy as np
import yaml
from tqdm import tqdm

from charlstm import __version__, checkpoint, evaluate, gradflow, inside, longdep, parallel, viz
from charlstm import plot as plot_mod
from charlstm import probes as probes_mod
from charlstm import run as run_mod
from charlstm.cells import CELLS
from charlstm.errors import CharlstmError
from charlstm.sample import default_prime, sample_text
from charlstm.text import Vocab, read_text, visible

EXIT_BY_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}


class Group(click.Group):
    """A click group that turns CharlstmError into one line and exit status 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CharlstmError as e:
            click.echo(f"error: {e}", err=True)
            ctx.exit(2)


def unknown_option(what: str):
    """--unknown error|skip, for text that may hold characters outside the vocabulary."""
    return click.option(
        "--unknown",
        type=click.Choice(["error", "skip"]),
        default="error",
        show_default=True,
        help=f"What to do with {what} outside the vocabulary.",
    )


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="charlstm")
def main():
    """Character-level LSTM language models in plain numpy.

    \b
    Examples:
      charlstm train --data input.txt --out runs/mine
      charlstm sample runs/mine/best.npz --prime "ROMEO:" --length 500
      charlstm eval runs/mine/best.npz --data other.txt --json
    """


@main.command()
@click.option("--config", "config_path", metavar="FILE.yaml", help="YAML config (see configs/).")
@click.option("--data", metavar="FILE", help="UTF-8 training text (sets data.path).")
@click.option(
    "--out",
    metavar="DIR",
    help="Run directory [default: runs/<data file name>, or the resumed run's].",
)
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override one config key, e.g. --set model.hidden=256. Repeatable.",
)
@click.option(
    "--resume", metavar="CKPT", help="Continue the run saved in CKPT (config from the checkpoint)."
)
@click.option("--max-steps", type=int, help="Total optimizer steps of the run (train.max_steps).")
@click.option(
    "--max-time",
    type=float,
    metavar="SECONDS",
    help="Stop after this much wall time (train.max_time).",
)
@click.option("--seed", type=int, help="Random seed (train.seed).")
@click.option("--overwrite", is_flag=True, help="Replace a run already in --out.")
@click.option(
    "--fine-tune",
    is_flag=True,
    help="With --resume: a new run on --data starting from the checkpoint's weights and "
    "vocabulary (characters outside it are dropped).",
)
def train(
    config_path, data, out, overrides, resume, max_steps, max_time, seed, overwrite, fine_tune
):
    """Train a model; writes config.yaml, metrics.jsonl, last.npz and best.npz into the run
    directory. Ctrl-C saves last.npz and says how to resume.

    \b
    Examples:
      charlstm train --data data/longdep.txt
      charlstm train --config configs/shakespeare.yaml --data input.txt --max-time 300
      charlstm train --data input.txt --set model.layers=3 --set train.lr=1e-3
      charlstm train --data input.txt --set train.workers=2    # one process per core
      charlstm train --resume runs/input/last.npz --max-steps 20000
      charlstm train --resume runs/input/best.npz --fine-tune --data mine.txt --out runs/mine
    """
    run = run_mod.prepare(
        config_path, overrides, data, out, resume, max_steps, max_time, seed, overwrite, fine_tune
    )
    train_with_progress(run)


def train_with_progress(run: run_mod.Run) -> None:
    """Train with a progress bar; on SIGINT / SIGTERM save and exit 130 / 143."""
    click.echo(run_mod.describe(run), err=True)
    received = []

    def on_signal(signum, frame):
        received.append(signum)

    previous = {s: signal.signal(s, on_signal) for s in EXIT_BY_SIGNAL}
    bar = tqdm(
        total=run.config.train.max_steps,
        initial=run.state.step,
        unit="step",
        dynamic_ncols=True,
        disable=None,
    )
    postfix = {}
    try:
        for event in run_mod.events(run, stop=lambda: bool(received)):
            bar.update(event["step"] - bar.n)
            if event["event"] == "stopped":
                break
            postfix.update(
                train=f"{event['train_loss']:.3f}", chars_s=f"{event['chars_per_s']:,.0f}"
            )
            if event["event"] == "eval":
                postfix["val"] = f"{event['val_loss']:.3f}"
                best = " (best)" if event["is_best"] else ""
                bar.write(
                    f"step {event['step']}: val loss {event['val_loss']:.4f}{best}", file=sys.stderr
                )
                if event["sample"]:
                    bar.write(event["sample"].rstrip("\n") + "\n" + "-" * 40, file=sys.stderr)
            bar.set_postfix(postfix, refresh=False)
    finally:
        bar.close()
        for s, handler in previous.items():
            signal.signal(s, handler)
    last = os.path.join(run.out, "last.npz")
    if received:
        click.echo(
            f"interrupted at step {run.state.step}; saved {last}; continue with: "
            f"charlstm train --resume {last}",
            err=True,
        )
        sys.exit(EXIT_BY_SIGNAL.get(received[0], 130))
    best = run.state.best_val
    click.echo(
        f"done at step {run.state.step}; best val loss "
        f"{best:.4f} in {os.path.join(run.out, 'best.npz')}"
        if best is not None
        else f"nothing to do: the run is already at step {run.state.step}",
        err=True,
    )


@main.command()
@click.option(
    "--config",
    "config_path",
    default="configs/longdep.yaml",
    show_default=True,
    metavar="FILE.yaml",
    help="Shared config; model.cell is set per run.",
)
@click.option(
    "--cells",
    default="lstm,gru,peephole,coupled,rnn",
    show_default=True,
    help="Comma-separated cells to train.",
)
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override a config key for every run.",
)
@click.option("--max-time", type=float, metavar="SECONDS", help="Training time per cell.")
@click.option("--max-steps", type=int, help="Optimizer steps per cell.")
@click.option(
    "--probes",
    "probes_path",
    default="data/longdep_probes.jsonl",
    show_default=True,
    metavar="FILE.jsonl",
    help="Probes to score each model on.",
)
@click.option(
    "--out",
    default="runs/compare",
    show_default=True,
    metavar="DIR",
    help="One run directory per cell, and compare.md.",
)
@click.option(
    "--scored-only",
    is_flag=True,
    help="Train nothing: score the runs already in DIR/<cell> (e.g. trained side by side).",
)
def compare(config_path, cells, overrides, max_time, max_steps, probes_path, out, scored_only):
    """Train each cell with the same config and budget on the long-dependency corpus, then
    print probe accuracy by distance as a markdown table (also written to DIR/compare.md,
    with the numbers in DIR/compare.json). Also measures how far back each cell's loss
    reaches (charlstm gradflow) into DIR/gradflow.json and, with matplotlib, draws
    DIR/accuracy.png and DIR/gradflow.png. Each cell's run goes to DIR/<cell>, replacing an
    earlier one there.

    \b
    Examples:
      charlstm compare --max-time 180
      charlstm compare --cells lstm,rnn --max-steps 500 --out runs/lstm-vs-rnn
      charlstm compare --cells lstm,rnn --scored-only --out runs/lstm-vs-rnn
    """
    names = [c.strip() for c in cells.split(",") if c.strip()]
    unknown_cells = [c for c in names if c not in CELLS] or ([] if names else ["(none)"])
    if unknown_cells:
        raise CharlstmError(f"unknown cell {unknown_cells[0]!r}; choose from {', '.join(CELLS)}")
    results = {}
    probe_text = read_text(probes_path, what="probe file")
    # check the probe file before any training (its own characters stand in for a vocabulary)
    probes_mod.parse(probe_text, probes_path, Vocab.from_text(probe_text))
    flows = []  # how far back each trained cell's loss reaches, on its validation text
    for cell in names:
        best = os.path.join(out, cell, "best.npz")
        if scored_only:
            last = os.path.join(out, cell, "last.npz")  # the run's length, as when trained
            steps = checkpoint.load(last if os.path.exists(last) else best).step
        else:
            run = run_mod.prepare(
                config_path,
                [*overrides, f"model.cell={cell}"],
                None,
                os.path.join(out, cell),
                None,
                max_steps,
                max_time,
                None,
                True,
            )
            train_with_progress(run)
            steps = run.state.step
        ckpt = checkpoint.load(best)
        if ckpt.config.model.cell != cell:
            raise CharlstmError(f"{out}/{cell}/best.npz holds a {ckpt.config.model.cell}")
        records = probes_mod.parse(probe_text, probes_path, ckpt.vocab)
        results[cell] = evaluate.probe_accuracy(ckpt.model, records)
        results[cell]["steps"] = steps
        if not scored_only:
            click.echo(f"{cell}: {format_probe_result(results[cell])}", err=True)
        ids, _ = run_mod.eval_ids(ckpt, None, "error")
        flows.append((cell, gradflow.flow(ckpt.model, ids, max_k=200, positions=100)))
    table = probes_mod.markdown_table(results)
    run_mod.write_text(os.path.join(out, "compare.md"), table)
    run_mod.write_text(os.path.join(out, "compare.json"), json.dumps(results, indent=1))
    run_mod.write_text(os.path.join(out, "gradflow.json"), json.dumps(dict(flows)))
    try:
        viz.accuracy_plot(results, os.path.join(out, "accuracy.png"))
        viz.gradflow_plot(flows, os.path.join(out, "gradflow.png"))
        click.echo(f"wrote {out}/accuracy.png and {out}/gradflow.png", err=True)
    except CharlstmError as e:  # matplotlib is an optional extra
        click.echo(f"no figures: {e}", err=True)
    click.echo(table, nl=False)


@main.command()
@click.argument("ckpt")
@click.option("--prime", help="Text to start from (printed, then continued).")
@click.option("--prime-file", type=click.Path(dir_okay=False), help="Read the prime from a file.")
@click.option("--length", default=500, show_default=True, help="Characters to generate.")
@click.option(
    "--temperature",
    default=1.0,
    show_default=True,
    help="Below 1: safer text; above 1: more surprising.",
)
@click.option(
    "--top-k", default=0, show_default=True, help="Sample among the k likeliest (0 = all)."
)
@click.option(
    "--top-p",
    default=1.0,
    show_default=True,
    help="Sample among the likeliest whose total probability reaches p.",
)
@click.option("--greedy", is_flag=True, help="Always take the likeliest character.")
@click.option("--seed", type=int, help="Random seed for repeatable samples.")
@click.option("--num-samples", default=1, show_default=True, help="Independent samples to print.")
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
    checks = [
        (length >= 0, "--length must be non-negative"),
        (temperature > 0, "--temperature must be positive"),
        (top_k >= 0, "--top-k must be non-negative"),
        (0 < top_p <= 1, "--top-p must be in (0, 1]"),
        (num_samples >= 1, "--num-samples must be at least 1"),
        (not (prime is not None and prime_file), "give --prime or --prime-file, not both"),
        (all(stops), "--stop must not be empty"),
    ]
    for ok, message in checks:
        if not ok:
            raise CharlstmError(message)
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
            model_ckpt.model,
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
        )
        if as_json:
            record = {"prime": shown, "text": result.text, "logprob": result.logprob}
            record.update(chars=len(result.text), stop=result.stop)
            click.echo(json.dumps(record))
        else:
            click.echo()


@main.command("eval")
@click.argument("ckpt")
@click.option("--data", metavar="FILE", help="Text to score [default: the run's validation split].")
@click.option(
    "--probes",
    metavar="FILE.jsonl",
    help="Score probes instead: accuracy overall and by distance (format in the README).",
)
@click.option(
    "--streams",
    default=16,
    show_default=True,
    help="Score the text as this many contiguous parts side by side (1 = one stream).",
)
@click.option(
    "--burn-in",
    default=256,
    show_default=True,
    help="Unscored characters each part but the first reads first, to warm up its state.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    help="Processes to share the streams among (up to one per core; see train.workers).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@unknown_option("characters of the text or prompts")
def eval_cmd(ckpt, data, probes, streams, burn_in, workers, as_json, unknown):
    """Score a text: mean negative log-likelihood per predicted character (nats), bits per
    character and perplexity. Every character after the first is scored once. The text is
    cut into --streams parts scored side by side (far faster than one stream); each part
    but the first first reads the --burn-in characters before it, unscored, so that only
    the text's first characters are scored from a zero state. With --probes, the accuracy
    on a probe file instead.

    \b
    Examples:
      charlstm eval runs/demo/best.npz
      charlstm eval best.npz --data held_out.txt --json
      charlstm eval best.npz --streams 1     # one continuous stream from a zero state
      charlstm eval best.npz --workers 2     # two processes, one core each
      charlstm eval runs/demo/best.npz --probes data/longdep_probes.jsonl
    """
    if streams < 1 or burn_in < 0 or workers < 1:
        raise CharlstmError("--streams and --workers must be at least 1 and --burn-in non-negative")
    model_ckpt = checkpoint.load(ckpt)
    if probes:
        if data:
            raise CharlstmError("give --data or --probes, not both")
        records = probes_mod.parse(
            read_text(probes, what="probe file"), probes, model_ckpt.vocab, unknown
        )
        result = evaluate.probe_accuracy(model_ckpt.model, records)
        click.echo(json.dumps(result) if as_json else format_probe_result(result))
        return
    ids, source = run_mod.eval_ids(model_ckpt, data, unknown)
    with parallel.pool(workers if streams > 1 else 1, model_ckpt.model) as net:
        totals = evaluate.total_nll(net, ids, streams, burn_in=burn_in)
    result = evaluate.summarize(*totals)
    if as_json:
        click.echo(json.dumps({**result, "source": source}))
    else:
        click.echo(
            f"{source}: {result['chars']:,} predicted characters\n"
            f"loss {result['loss_nats']:.4f} nats/char  bpc {result['bpc']:.4f}  "
            f"perplexity {result['perplexity']:.3f}"
        )


def format_probe_result(result: dict) -> str:
    lines = [f"probe accuracy {result['probe_accuracy']:.1%} over {result['n']} probes"]
    lines += [
        f"  distance {name:>8}: {v['accuracy']:6.1%}  (n = {v['n']})"
        for name, v in result["by_distance"].items()
    ]
    return "\n".join(lines)


@main.command()
@click.argument("ckpt")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def inspect(ckpt, as_json):
    """Show what a checkpoint holds: format, cell, sizes, parameter counts, vocabulary,
    training position, best validation loss, corpus and the resolved config.

    \b
    Examples:
      charlstm inspect runs/demo/best.npz
      charlstm inspect runs/demo/last.npz --json
    """
    info = checkpoint.summary(ckpt)
    click.echo(json.dumps(info) if as_json else format_summary(info))


def format_summary(info: dict) -> str:
    params, corpus, state = info["parameters"], info["corpus"], info["carried_state"]
    embedding = f"embedding {info['embed_dim']}" if info["embed_dim"] else "one-hot input"
    width = max(len(key) for key in params["arrays"])
    lines = [
        f"{info['path']}: {info['format']} checkpoint, format version {info['version']}, "
        f"{info['file_bytes']:,} bytes",
        f"model          {info['cell']}, {info['layers']} x {info['hidden']}, {embedding}, "
        f"{info['dtype']}",
        f"parameters     {params['total']:,}",
    ]
    for key, array in params["arrays"].items():
        shape = " x ".join(map(str, array["shape"]))
        lines.append(f"  {key:<{width}}  {shape:>12}  {array['count']:>10,}")
    vocab = "".join(visible(c) for c in info["vocab"])
    lines.append(f"vocabulary     {info['vocab_size']} characters: {vocab}")
    position = f"step {info['step']:,}, epoch {info['epoch']}, batch {info['batch']}"
    lines.append(f"training       {position}")
    best = info["best_val_loss"]
    lines.append("best val loss  " + (f"{best:.4f} nats/char" if best is not None else "none yet"))
    if isinstance(corpus, dict):  # sha256, chars and, since fine-tuning, dropped_chars
        fields = (f"{k} {v:,}" if type(v) is int else f"{k} {v}" for k, v in corpus.items())
        lines.append("corpus         " + ", ".join(fields))
    slots = ", ".join(info["optimizer_slots"]) or "none"
    carried = ", ".join(state["names"]) or "none"
    batch = f" (batch {state['batch']})" if state["batch"] is not None else ""
    lines.append(f"resume state   optimizer {slots}; carried state {carried}{batch}")
    lines += [f"meta {key}: {json.dumps(value)}" for key, value in info["other_meta"].items()]
    lines.append("config")
    lines += ["  " + line for line in yaml.safe_dump(info["config"], sort_keys=False).splitlines()]
    return "\n".join(lines)


@main.command()
@click.argument("run_dirs", nargs=-1, required=True, metavar="RUN_DIR...")
@click.option(
    "--out",
    default="loss.png",
    show_default=True,
    metavar="FILE.png|FILE.svg",
    help="Where to write the figure; the format follows the extension.",
)
def plot(run_dirs, out):
    """Plot training and validation loss against step and against training time from each
    run's metrics.jsonl, all runs on one figure, labelled by run directory. Time is summed
    over the invocations of a resumed run. Needs matplotlib: pip install 'charlstm[plot]'.

    \b
    Examples:
      charlstm plot runs/demo
      charlstm plot runs/compare/lstm runs/compare/rnn --out lstm-vs-rnn.svg
    """
    if not out.lower().endswith(plot_mod.FORMATS):
        raise CharlstmError(f"--out must end in {' or '.join(plot_mod.FORMATS)}: {out}")
    runs = [(d.rstrip("/") or d, plot_mod.curves(run_mod.read_metrics(d))) for d in run_dirs]
    plot_mod.draw(runs, out)
    click.echo(f"wrote {out}", err=True)


QUANTITY_NAMES = sorted({q for names in inside.QUANTITIES.values() for q in names})


@main.command("viz")
@click.argument("ckpt")
@click.option("--text", "text_path", metavar="FILE", help="UTF-8 text to read.")
@click.option("--prime", help="Text to read, given on the command line.")
@click.option("--layer", type=int, help="Layer to show, counted from 0 [default: the top one].")
@click.option(
    "--units", metavar="U,U,…", help="Comma-separated units to show [default: picked for you]."
)
@click.option(
    "--count", default=8, show_default=True, help="Units to pick when --units is not given."
)
@click.option(
    "--quantity",
    type=click.Choice(QUANTITY_NAMES),
    help="Value to colour by [default: cell (the cell state), or hidden for the rnn and gru].",
)
@click.option(
    "--out",
    default="viz.html",
    show_default=True,
    metavar="FILE.html|FILE.png|FILE.svg",
    help="An HTML page, or a heat-map picture (needs matplotlib).",
)
@unknown_option("characters of the text")
def viz_cmd(ckpt, text_path, prime, layer, units, count, quantity, out, unknown):
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
    suffix = os.path.splitext(out)[1].lower()
    if suffix not in (".html", ".htm", *plot_mod.FORMATS):
        raise CharlstmError(f"--out must end in .html, .png or .svg: {out}")
    unit_list = parse_units(units)
    if count < 1:
        raise CharlstmError("--count must be at least 1")
    model_ckpt = checkpoint.load(ckpt)
    cell = model_ckpt.config.model.cell
    text = prime if text_path is None else read_text(text_path, what="text file")
    ids = model_ckpt.vocab.encode(text, unknown=unknown)
    if len(ids) == 0:
        raise CharlstmError("the text has no characters left after dropping unknown ones")
    view = viz.build(
        model_ckpt.model,
        model_ckpt.vocab,
        ids,
        layer=model_ckpt.config.model.layers - 1 if layer is None else layer,
        quantity=quantity or inside.memory_quantity(cell),
        units=unit_list,
        count=count,
        shown=viz.PAGE_CHARS if suffix in (".html", ".htm") else viz.PICTURE_CHARS,
        source=ckpt,
    )
    if suffix in plot_mod.FORMATS:
        viz.heatmap(view, out)
    else:
        run_mod.write_text(out, viz.page(view))
    click.echo(f"units {', '.join(map(str, view.units))}: {view.how}", err=True)
    for note in view.notes:
        click.echo(note, err=True)
    click.echo(f"wrote {out}", err=True)


def parse_units(units: str | None) -> list[int] | None:
    if units is None:
        return None
    try:
        parsed = [int(u) for u in units.split(",") if u.strip()]
    except ValueError:
        raise CharlstmError(
            f"--units must be comma-separated unit numbers, e.g. 3,17: {units}"
        ) from None
    if not parsed:
        raise CharlstmError("--units names no unit")
    return parsed


@main.command("gradflow")
@click.argument("ckpts", nargs=-1, required=True, metavar="CKPT...")
@click.option(
    "--text",
    "text_path",
    metavar="FILE",
    help="Text to measure on [default: each checkpoint's validation split, as eval].",
)
@click.option("--max-k", default=200, show_default=True, help="Largest k (steps back).")
@click.option("--positions", default=200, show_default=True, help="Positions t to average over.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object with every k.")
@click.option("--out", metavar="FILE.png|FILE.svg", help="Also draw the curves (needs matplotlib).")
@unknown_option("characters of the text")
def gradflow_cmd(ckpts, text_path, max_k, positions, as_json, out, unknown):
    """How far back the loss reaches: the norm of ∂loss_t/∂h_{t−k}, the gradient of one
    prediction's loss with respect to the hidden state k steps earlier, for k = 0 … K,
    averaged over positions t spread over the text (its first 50,000 characters). For a
    stacked model h is the top layer's. In a vanilla RNN it vanishes within a few dozen
    steps; an LSTM's cell state can carry it much further.

    \b
    Examples:
      charlstm gradflow runs/compare/rnn/best.npz runs/compare/lstm/best.npz --out flow.png
      charlstm gradflow best.npz --text input.txt --max-k 50 --json
    """
    if max_k < 1 or positions < 1:
        raise CharlstmError("--max-k and --positions must be at least 1")
    if out and not out.lower().endswith(plot_mod.FORMATS):
        raise CharlstmError(f"--out must end in {' or '.join(plot_mod.FORMATS)}: {out}")
    results = []
    for path in ckpts:
        model_ckpt = checkpoint.load(path)
        if not (text_path or model_ckpt.config.data.path):
            raise CharlstmError(f"{path} names no data file; give --text FILE")
        ids, source = run_mod.eval_ids(model_ckpt, text_path, unknown)
        cell = model_ckpt.config.model.cell
        result = gradflow.flow(model_ckpt.model, ids, max_k=max_k, positions=positions)
        results.append({"checkpoint": path, "cell": cell, "text": source, **result})
    cells = [r["cell"] for r in results]
    labels = [
        c if cells.count(c) == 1 else f"{c} ({r['checkpoint']})"
        for c, r in zip(cells, results, strict=True)
    ]
    if out:
        viz.gradflow_plot(list(zip(labels, results, strict=True)), out)
        click.echo(f"wrote {out}", err=True)
    if as_json:
        click.echo(json.dumps({"max_k": max_k, "results": results}))
        return
    for label, r in zip(labels, results, strict=True):
        click.echo(f"{label}: {r['checkpoint']}, {r['positions']} positions in {r['text']}")
    shown = [k for k in (0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if k < max_k] + [max_k]
    width = max(12, *(len(label) for label in labels))
    click.echo("k".rjust(6) + "".join(label.rjust(width + 2) for label in labels))
    for k in shown:
        click.echo(f"{k:6d}" + "".join(f"{r['grad_norm'][k]:{width + 2}.3e}" for r in results))


@main.group()
def data():
    """Generate the project's own corpora."""


@data.command("longdep")
@click.option("--out", required=True, metavar="FILE", help="Where to write the corpus.")
@click.option("--probes", "probes_out", metavar="FILE.jsonl", help="Also write held-out probes.")
@click.option("--stories", "n_stories", default=12000, show_default=True, help="Story lines.")
@click.option(
    "--min-distance",
    default=0,
    show_default=True,
    help="Shortest distance (characters between the country and 'I speak fluent').",
)
@click.option("--max-distance", default=50, show_default=True, help="Longest distance.")
@click.option(
    "--short-fraction",
    default=0.0,
    show_default=True,
    help=f"Share of stories with distance at most {longdep.SHORT_MAX}, where a model first "
    "picks up the dependency.",
)
@click.option("--seed", default=0, show_default=True, help="Same options, same bytes.")
@click.option("--probes-per-bin", default=48, show_default=True, help="Probes per distance bin.")
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
    if n_stories < 1 or not 0 <= min_distance <= max_distance or probes_per_bin < 1:
        raise CharlstmError(
            "need --stories ≥ 1, 0 ≤ --min-distance ≤ --max-distance and --probes-per-bin ≥ 1"
        )
    if not 0 <= short_fraction <= 1:
        raise CharlstmError("--short-fraction must be in [0, 1]")
    if max_distance < 50:
        raise CharlstmError("--max-distance must be at least 50 (one filler sentence)")
    text = longdep.corpus(n_stories, min_distance, max_distance, seed, short_fraction)
    run_mod.write_text(out, text)
    click.echo(f"wrote {len(text):,} characters ({n_stories} stories) to {out}", err=True)
    if probes_out:
        bins = [(lo, hi) for lo, hi in evaluate.DISTANCE_BINS if hi and hi <= probe_max_distance]
        if not bins:
            raise CharlstmError("--probe-max-distance must be at least 50 (the first bin, 0-50)")
        records = longdep.probes(probes_per_bin, bins, seed + 1, set(text.splitlines(True)))
        run_mod.write_text(probes_out, probes_mod.to_jsonl(records))
        click.echo(f"wrote {len(records)} probes to {probes_out}", err=True)
