"""Drawing what inside.py and gradflow.py measure: a self-contained HTML page of unit values
over a text, the same as a heat-map picture, and gradient-flow curves.

The page needs nothing from the network: its CSS and script are inline, it uses the
browser's own fonts, and a Content-Security-Policy forbids loading anything at all. Every
character of the text goes through html.escape, and the data for the hover panel sits in
a JSON script element with <, > and & escaped, so no text can add markup or script.
The pictures use matplotlib, imported only when one is drawn (plot.new_figure).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

import numpy as np

from charlstm import inside, plot
from charlstm.errors import CharlstmError
from charlstm.inside import GATES
from charlstm.model import Model
from charlstm.probes import bin_names
from charlstm.text import Vocab, visible

MAX_CHARS = 20_000  # characters read (and ranked over) at most
PAGE_CHARS = 2_000  # characters shown on the page at most: one span per character and unit
PICTURE_CHARS = 250  # characters in a picture at most: one labelled column each

LEVELS = 10  # colour steps on each side of white
NEGATIVE, POSITIVE = (33, 102, 172), (178, 24, 43)  # blue below the midpoint, red above
NAMES = {
    "cell": "cell state c",
    "hidden": "hidden state h",
    "input": "input gate i",
    "forget": "forget gate f",
    "output": "output gate o",
    "candidate": "candidate",
    "reset": "reset gate r",
    "update": "update gate z",
}


@dataclass
class View:
    """What the page or picture shows: `values` (T, U) of units `units` over `text` (T chars)."""

    text: str
    values: np.ndarray  # (T, U)
    units: list
    scores: list  # per unit, from inside.choose_units, or None where the user chose the units
    quantity: str
    cell: str
    layer: int
    layers: int
    how: str  # how the units were picked
    source: str  # the checkpoint, for the heading
    top_chars: list  # (T, k) characters: the model's likeliest next characters
    top_probs: np.ndarray  # (T, k)
    notes: list  # further lines for the reader, e.g. that the text was cut


def build(
    net: Model,
    vocab: Vocab,
    ids: np.ndarray,
    *,
    layer: int,
    quantity: str,
    units: list | None,
    count: int,
    shown: int,
    source: str,
) -> View:
    """Trace the first MAX_CHARS of ids through the model, pick `count` units automatically
    unless `units` are given (inside.choose_units, over everything read), and keep the first
    `shown` characters for display."""
    cell, layers, H = net.cell, net.num_layers, net.hidden
    if not 0 <= layer < layers:
        raise CharlstmError(
            f"--layer {layer} does not exist: the model has layers 0 to {layers - 1}"
        )
    inside.check_quantity(cell, quantity)
    wrong = [u for u in units or () if not 0 <= u < H]
    if wrong:
        raise CharlstmError(f"unit {wrong[0]} does not exist: layers have units 0 to {H - 1}")
    notes = []
    if len(ids) > MAX_CHARS:
        notes.append(
            f"The text has {len(ids):,} characters; only the first {MAX_CHARS:,} are read."
        )
        ids = ids[:MAX_CHARS]
    text = vocab.decode(ids)
    wanted = {quantity} if units else {quantity, inside.memory_quantity(cell)}
    traced = inside.trace(net, ids, sorted(wanted), layer=layer)
    if units:
        scores, how = None, "chosen with --units"
    else:
        choice = inside.choose_units(traced, text, quantity, count)
        units, scores, how = choice.units, choice.scores, choice.how
        if len(ids) > shown:
            how += f", measured over all {len(ids):,} characters read"
    if len(ids) > shown:
        notes.append(f"Showing the first {shown:,} of the {len(ids):,} characters read.")
    return View(
        text=text[:shown],
        values=traced.values[quantity][:shown, units],
        units=list(units),
        scores=scores,
        quantity=quantity,
        cell=cell,
        layer=layer,
        layers=layers,
        how=how,
        source=source,
        top_chars=[[vocab.chars[i] for i in row] for row in traced.top_ids[:shown]],
        top_probs=traced.top_probs[:shown],
        notes=notes,
    )


def scaled(values: np.ndarray, quantity: str) -> tuple[np.ndarray, str]:
    """values (T, U) mapped to [−1, 1] for the colours, and a sentence saying how: gates
    (0 … 1) around ½; h and the candidate are already in [−1, 1]; the cell state is
    unbounded, so each unit is divided by its largest |c| over the text shown."""
    if quantity in GATES:
        return 2 * values - 1, "blue 0, white ½, red 1"
    if quantity == "cell":
        peak = np.abs(values).max(axis=0)
        return values / np.where(peak > 0, peak, 1), "blue −max|c|, white 0, red +max|c|, per unit"
    return np.clip(values, -1, 1), "blue −1, white 0, red +1"


def _colour(level: int) -> str:
    t = abs(level) / LEVELS
    end = POSITIVE if level > 0 else NEGATIVE
    r, g, b = (round(255 + (e - 255) * t) for e in end)
    return f"#{r:02x}{g:02x}{b:02x}"


def _shown(char: str) -> str:
    """A character as it appears in the page's text: a newline is ↵ and a line break,
    space and ordinary characters are themselves, other invisible ones are escapes."""
    if char == "\n":
        return "↵\n"
    if char == " ":
        return " "
    return visible(char)


def script_json(data) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' can close it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em 2em 14em; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1em; margin: 1.2em 0 0.3em; }
h2 small { font-weight: normal; color: #555; }
.meta { color: #444; max-width: 60em; }
.text { font-family: ui-monospace, monospace; white-space: pre-wrap; word-break: break-all;
        line-height: 1.5; max-width: 100em; }
.text span { cursor: default; }
.text span.lit { outline: 1px solid #000; }
#panel { position: fixed; bottom: 0; left: 0; right: 0; background: #fafafa;
         border-top: 1px solid #bbb; padding: 0.6em 2em; font-size: 0.9em; min-height: 7em; }
#panel table { border-collapse: collapse; display: inline-table; vertical-align: top;
               margin-right: 3em; }
#panel td { padding: 0 0.5em; font-family: ui-monospace, monospace; }
#panel .bar { display: inline-block; height: 0.8em; background: #b2182b; }
"""

SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("viz-data").textContent);
  var panel = document.getElementById("panel");
  var rows = document.querySelectorAll(".text");
  var lit = [];
  function cell(tr, text) {
    var td = document.createElement("td");
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }
  function table(title) {
    var t = document.createElement("table");
    var tr = document.createElement("tr");
    cell(tr, title).colSpan = 3;
    t.appendChild(tr);
    panel.appendChild(t);
    return t;
  }
  function show(i) {
    lit.forEach(function (s) { s.classList.remove("lit"); });
    lit = [];
    Array.prototype.forEach.call(rows, function (row) {
      var s = row.children[i];
      if (s) { s.classList.add("lit"); lit.push(s); }
    });
    panel.textContent = "";
    var head = document.createElement("p");
    var next = i + 1 < data.chars.length ? data.chars[i + 1] : "(end of text)";
    head.textContent = "character " + i + ": " + data.chars[i] + "  (next in the text: " +
      next + ")";
    panel.appendChild(head);
    var guesses = table("model's top guesses for the next character");
    data.top[i].forEach(function (guess) {
      var tr = document.createElement("tr");
      cell(tr, guess[0]);
      cell(tr, (100 * guess[1]).toFixed(1) + "%");
      var bar = document.createElement("span");
      bar.className = "bar";
      bar.style.width = Math.round(120 * guess[1]) + "px";
      cell(tr, "").appendChild(bar);
      guesses.appendChild(tr);
    });
    var units = table(data.quantity + " here");
    data.units.forEach(function (unit, u) {
      var tr = document.createElement("tr");
      cell(tr, "unit " + unit);
      cell(tr, data.values[u][i].toFixed(3));
      units.appendChild(tr);
    });
  }
  document.addEventListener("mouseover", function (event) {
    var s = event.target;
    var row = s.parentNode;
    if (!row || !row.classList || !row.classList.contains("text")) { return; }
    show(Array.prototype.indexOf.call(row.children, s));
  });
  document.body.setAttribute("data-ready", "1");
}());
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"


def page(view: View) -> str:
    """The whole HTML page for a view, as a string."""
    levels, legend = scaled(view.values, view.quantity)
    levels = np.rint(levels * LEVELS).astype(int) + LEVELS  # (T, U) in 0 … 2·LEVELS
    classes = "\n".join(
        f".q{n} {{ background: {_colour(n - LEVELS)}; }}" for n in range(2 * LEVELS + 1)
    )
    chars = [html.escape(_shown(c)) for c in view.text]
    name = NAMES[view.quantity]
    esc = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>charlstm viz: {esc(name)}, {esc(view.source)}</title>",
        f"<style>{STYLE}{classes}\n</style>",
        "</head>",
        "<body>",
        f"<h1>{esc(name)} of {esc(view.cell)} layer {view.layer} "
        f"(of {view.layers}) over {len(view.text):,} characters</h1>",
        f'<p class="meta">Checkpoint {esc(view.source)}. Each character is coloured by the '
        f"unit's {esc(name)} after reading it ({esc(legend)}). Point at a character to see "
        "the model's five likeliest next characters and every unit's value there.</p>",
        f'<p class="meta">Units: {esc(view.how)}.</p>',
    ]
    out += [f'<p class="meta">{esc(note)}</p>' for note in view.notes]
    for u, unit in enumerate(view.units):
        score = view.scores[u] if view.scores else None
        detail = f"score {score:.3f}" if score is not None else ""
        if view.quantity == "cell":
            peak = float(np.abs(view.values[:, u]).max())
            detail += ("; " if detail else "") + f"max |c| {peak:.3g}"
        out.append(f"<h2>unit {unit} <small>{esc(detail)}</small></h2>")
        spans = "".join(f'<span class="q{levels[t, u]}">{c}</span>' for t, c in enumerate(chars))
        out.append(f'<div class="text">{spans}</div>')
    data = {
        "quantity": name,
        "chars": [visible(c) for c in view.text],
        "units": [int(u) for u in view.units],
        "values": [[float(f"{v:.4g}") for v in column] for column in view.values.T],
        "top": [
            [[visible(c), float(f"{p:.4g}")] for c, p in zip(chars_t, probs_t, strict=True)]
            for chars_t, probs_t in zip(view.top_chars, view.top_probs, strict=True)
        ],
    }
    out += [
        '<div id="panel"><p>Point at a character.</p></div>',
        '<noscript><p class="meta">The hover panel needs JavaScript.</p></noscript>',
        f'<script type="application/json" id="viz-data">{script_json(data)}</script>',
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def heatmap(view: View, path: str) -> None:
    """Units × characters as coloured cells (the page's colours), the characters along the
    bottom; for a README. Written to path, .png or .svg."""
    levels, legend = scaled(view.values, view.quantity)
    T, U = levels.shape
    figure = plot.new_figure(
        "charlstm viz --out FILE.png|svg", figsize=(max(6.0, 0.12 * T + 1.5), 0.42 * U + 1.3)
    )
    axes = figure.subplots()
    from matplotlib.colors import LinearSegmentedColormap

    colours = [np.array(NEGATIVE) / 255, (1, 1, 1), np.array(POSITIVE) / 255]
    cmap = LinearSegmentedColormap.from_list("charlstm", colours)
    axes.imshow(levels.T, cmap=cmap, vmin=-1, vmax=1, aspect="auto", interpolation="nearest")
    axes.set_xticks(range(T))
    axes.set_xticklabels(["↵" if c == "\n" else visible(c) for c in view.text], fontsize=7)
    axes.tick_params(axis="x", length=0)
    axes.set_yticks(range(U))
    labels = [f"unit {unit}" for unit in view.units]
    if view.scores:
        labels = [f"{label} ({s:.2f})" for label, s in zip(labels, view.scores, strict=True)]
    axes.set_yticklabels(labels, fontsize=8)
    axes.set_title(
        f"{NAMES[view.quantity]} of {view.cell} layer {view.layer}: {legend}", fontsize=9
    )
    plot.save(figure, path)


def gradflow_plot(curves: list[tuple[str, dict]], path: str) -> None:
    """Mean ‖∂loss_t/∂h_{t−k}‖ against k, log scale, one line per (label, gradflow.flow
    result); written to path, .png or .svg."""
    figure = plot.new_figure("charlstm gradflow --out FILE.png|svg", figsize=(7, 4.5))
    axes = figure.subplots()
    for label, result in curves:
        norms = np.array(result["grad_norm"])
        axes.plot(result["k"], np.where(norms > 0, norms, np.nan), label=label)
    axes.set_yscale("log")
    axes.set_xlabel("k: steps back from the prediction")
    axes.set_ylabel(r"mean $\|\partial\,\mathrm{loss}_t \,/\, \partial h_{t-k}\|$")
    axes.set_title("How far back the loss reaches (top layer's h)")
    axes.grid(alpha=0.3, which="both")
    axes.legend()
    plot.save(figure, path)


def accuracy_plot(results: dict, path: str, worst: dict | None = None, title: str = "") -> None:
    """Probe accuracy against distance bin, one line per cell, for {cell: probe_accuracy
    result} (charlstm compare: the mean over seeds), with the worst seed's as a dashed line
    of the same colour when worst ({cell: result}) is given, and the long-dependency task's
    chance level, 1/12."""
    figure = plot.new_figure("charlstm compare's accuracy chart", figsize=(7, 4.2))
    axes = figure.subplots()
    bins = bin_names(results)

    def accuracy(result):
        return np.array(
            [result["by_distance"].get(name, {}).get("accuracy", np.nan) for name in bins]
        )

    for cell, result in results.items():
        (line,) = axes.plot(range(len(bins)), accuracy(result) * 100, marker="o", label=cell)
        if worst is not None:
            axes.plot(
                range(len(bins)),
                accuracy(worst[cell]) * 100,
                linestyle="--",
                linewidth=0.8,
                color=line.get_color(),
            )
    axes.set_xticks(range(len(bins)))
    axes.set_xticklabels(bins)
    axes.set_xlabel("distance (characters between the country and 'I speak fluent')")
    axes.set_ylabel("probe accuracy (%)" + (", mean (worst seed dashed)" if worst else ""))
    axes.set_ylim(0, 102)
    axes.axhline(100 / 12, color="grey", linestyle=":", label="chance (1/12)")
    axes.set_title(title or "Long-dependency probes, held-out stories")
    axes.grid(alpha=0.3)
    axes.legend()
    plot.save(figure, path)
