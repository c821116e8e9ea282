#!/usr/bin/env python3
"""Is charlstm's GRU PyTorch's nn.GRU? Two checks, PyTorch being a benchmark-only dependency.

1. Same numbers: charlstm's GRU (and, as a control, its LSTM) and PyTorch's nn.GRU / nn.LSTM
   with the same float64 weights, random biases included, on the same ids: the loss and
   every parameter's gradient, largest relative difference.
2. Same learning: PyTorch's nn.GRU (or nn.LSTM) trained with charlstm's recipe on the same
   corpus: one-hot input, one Linear head, PyTorch's default initialisation (which charlstm's
   init copies), Adam, global-norm clipping, the batches of the config's charlstm batcher
   (batches.for_config: the streams in the same order with their state carried between
   windows, and train.fresh_rows / late_fresh_rows windows from a zero state); then the
   probe accuracy by set and distance, scored as `charlstm eval --probes` scores (the
   likeliest of the choices).

charlstm's own run is `charlstm train` with the same config; docs/longdep.md has both.
This script needs PyTorch and charlstm's dependencies on one path, e.g. from the repository
root, with the benchmark environment first:

    PYTHONPATH=.:.venv/lib/python3.11/site-packages /path/to/torch-venv/bin/python \\
        benchmarks/gru_torch.py --config charlstm/configs/demo.yaml --cell gru --steps 3000
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np
import torch

from charlstm import batches, model, probes
from charlstm import config as config_mod
from charlstm.batches import split
from charlstm.text import Vocab, read_text


def torch_modules(cell: str, V: int, H: int, dtype):
    rnn = {"gru": torch.nn.GRU, "lstm": torch.nn.LSTM}[cell](V, H, dtype=dtype)
    return rnn, torch.nn.Linear(H, V, dtype=dtype)


def load_charlstm_params(params: dict, cell: str, rnn, head) -> None:
    """Copy charlstm's layer-0 parameters into the PyTorch modules (layouts in cells/*.py)."""
    with torch.no_grad():
        rnn.weight_ih_l0.copy_(torch.from_numpy(params["layers.0.W_x"].T.copy()))
        rnn.weight_hh_l0.copy_(torch.from_numpy(params["layers.0.W_h"].T.copy()))
        rnn.bias_ih_l0.copy_(torch.from_numpy(params["layers.0.b"]))
        if cell == "gru":
            rnn.bias_hh_l0.copy_(torch.from_numpy(params["layers.0.b_h"]))
        else:
            rnn.bias_hh_l0.zero_()
        head.weight.copy_(torch.from_numpy(params["head.W"].T.copy()))
        head.bias.copy_(torch.from_numpy(params["head.b"]))


def torch_grads(cell, rnn, head) -> dict:
    """PyTorch's gradients under charlstm's names."""
    grads = {
        "layers.0.W_x": rnn.weight_ih_l0.grad.T,
        "layers.0.W_h": rnn.weight_hh_l0.grad.T,
        "head.W": head.weight.grad.T,
        "head.b": head.bias.grad,
    }
    if cell == "gru":
        grads["layers.0.b"] = rnn.bias_ih_l0.grad
        grads["layers.0.b_h"] = rnn.bias_hh_l0.grad
    else:  # charlstm keeps one bias, the sum of PyTorch's two
        grads["layers.0.b"] = rnn.bias_ih_l0.grad
    return {k: v.numpy() for k, v in grads.items()}


def same_numbers(cell: str, seed: int = 0) -> dict:
    """Largest relative difference of loss and gradients, charlstm against PyTorch, float64."""
    V, H, T, B = 11, 7, 13, 3
    rng = np.random.default_rng(seed)
    mc = config_mod.ModelConfig(cell=cell, layers=1, hidden=H, dtype="float64", init_scale=0.5)
    params = model.init_params(mc, V, rng)
    inputs, targets = rng.integers(V, size=(T, B)), rng.integers(V, size=(T, B))
    h0 = [tuple(rng.normal(size=(B, H)) for _ in range(1 if cell == "gru" else 2))]
    loss, grads, _, _ = model.Model(cell, params).loss_and_grads(inputs, targets, h0)
    rnn, head = torch_modules(cell, V, H, torch.float64)
    load_charlstm_params(params, cell, rnn, head)
    x = torch.nn.functional.one_hot(torch.from_numpy(inputs), V).to(torch.float64)
    state = tuple(torch.from_numpy(a)[None] for a in h0[0])
    out, _ = rnn(x, state[0] if cell == "gru" else state)
    logits = head(out)
    t_loss = torch.nn.functional.cross_entropy(
        logits.reshape(T * B, V), torch.from_numpy(targets).reshape(-1)
    )
    t_loss.backward()
    theirs = torch_grads(cell, rnn, head)
    worst = {"loss": abs(loss - t_loss.item()) / abs(t_loss.item())}
    for key, g in theirs.items():
        worst[key] = float(np.abs(grads[key] - g).max() / max(np.abs(g).max(), 1e-300))
    return worst


def probe_scores(rnn, head, cell, vocab: Vocab, records: list) -> dict:
    """{set: {bin: accuracy}}: the likeliest choice after each prompt, from a zero state."""
    from charlstm.evaluate import DISTANCE_BINS, bin_name

    by_set: dict = {}
    with torch.no_grad():
        for record in records:
            V = len(vocab.chars)
            prompt = torch.from_numpy(record["prompt"].astype(np.int64))
            out, state = rnn(torch.nn.functional.one_hot(prompt, V).float())
            first = torch.log_softmax(head(out[-1]), -1)
            scores = []
            for choice in record["choices"]:
                ids = torch.from_numpy(choice.astype(np.int64))
                total = first[ids[0]].item()
                if len(ids) > 1:
                    o, _ = rnn(torch.nn.functional.one_hot(ids[:-1], V).float(), state)
                    lp = torch.log_softmax(head(o), -1)
                    total += lp[torch.arange(len(ids) - 1), ids[1:]].sum().item()
                scores.append(total)
            best = record["choices"][int(np.argmax(scores))]
            ok = len(best) == len(record["answer"]) and bool(np.all(best == record["answer"]))
            for lo, hi in DISTANCE_BINS:
                if lo <= record["distance"] and (hi is None or record["distance"] < hi):
                    by_set.setdefault(record["set"], {}).setdefault(bin_name(lo, hi), []).append(ok)
    return {s: {b: float(np.mean(v)) for b, v in bins.items()} for s, bins in by_set.items()}


def carried_accuracy(rnn, head, vocab: Vocab, text: str) -> float:
    """The share of stories in text whose language's first letter is the likeliest next
    character after "I speak fluent ", reading the text in one stream with its state
    carried (as in training), from a zero state at its start."""
    ids = vocab.encode(text)
    V = len(vocab.chars)
    with torch.no_grad():
        out, _ = rnn(torch.nn.functional.one_hot(torch.from_numpy(ids.astype(np.int64)), V).float())
        guess = head(out).argmax(-1).numpy()
    cue = "I speak fluent "
    ends = [i + len(cue) for i in range(len(text)) if text.startswith(cue, i)]
    return float(np.mean([guess[e - 1] == ids[e] for e in ends[5:]]))  # after 5 stories


def fresh_start(state, streams: int, rows: int):
    """The state a batch of `rows` rows starts from, as batches.FreshStarts.start_state gives
    it: the carried state of the first `streams` rows, zeros for the rest (None: zeros)."""
    if state is None:
        return None

    def cut(s):  # (layers, B, H) -> (layers, rows, H)
        return torch.cat([s[:, :streams], s.new_zeros(s.shape[0], rows - streams, s.shape[2])], 1)

    return cut(state) if isinstance(state, torch.Tensor) else tuple(cut(s) for s in state)


def train(cell: str, cfg, steps: int, probe_path: str | None, seed: int) -> dict:
    """PyTorch's cell trained with charlstm's recipe; the loss every 100 steps and the probes."""
    torch.manual_seed(seed)
    text = read_text(cfg.data.path)
    vocab = Vocab.from_text(text)
    train_ids, _ = split(vocab.encode(text), cfg.data.val_fraction)
    tc, H, V = cfg.train, cfg.model.hidden, len(vocab.chars)
    newline = vocab.chars.index("\n") if "\n" in vocab.chars else -1
    batcher = batches.for_config(tc, train_ids, np.random.default_rng(seed), newline)
    streams = batches.stream_rows(tc)
    rnn, head = torch_modules(cell, V, H, torch.float32)
    if cfg.model.forget_bias:  # charlstm adds it to the input bias of the forget / update gate
        with torch.no_grad():
            rnn.bias_ih_l0[H : 2 * H] += cfg.model.forget_bias  # f of [i|f|g|o], z of [r|z|n]
    parameters = list(rnn.parameters()) + list(head.parameters())
    optimizer = torch.optim.Adam(parameters, lr=tc.lr)
    state = None
    batch, losses, window_loss, start = 0, [], [], time.perf_counter()
    for step in range(1, steps + 1):
        if batch >= batcher.batches_per_epoch:
            batch, state = 0, None
        inputs, targets, mask = batcher.window(batch, step - 1)  # after step − 1 steps
        batch += 1
        x = torch.nn.functional.one_hot(torch.from_numpy(inputs.astype(np.int64)), V).float()
        out, state = rnn(x, fresh_start(state, streams, inputs.shape[1]))
        logits = head(out)
        nll = torch.nn.functional.cross_entropy(
            logits.reshape(-1, V),
            torch.from_numpy(targets.astype(np.int64)).reshape(-1),
            reduction="none",
        )
        if mask is not None:
            weight = torch.from_numpy(mask.reshape(-1).astype(np.float32))
            loss = (nll * weight).sum() / weight.sum().clamp(min=1)
        else:
            loss = nll.mean()
        optimizer.zero_grad()
        loss.backward()
        if tc.grad_clip:
            torch.nn.utils.clip_grad_norm_(parameters, tc.grad_clip)
        optimizer.step()
        state = state.detach() if cell == "gru" else tuple(s.detach() for s in state)
        window_loss.append(loss.item())
        if step % 100 == 0:
            losses.append((step, float(np.mean(window_loss))))
            window_loss = []
            print(f"{cell} step {step}: train loss {losses[-1][1]:.4f}", flush=True)
    result = {"cell": cell, "steps": steps, "seconds": time.perf_counter() - start, "loss": losses}
    _, val_ids = split(vocab.encode(text), cfg.data.val_fraction)
    result["carried_accuracy"] = carried_accuracy(rnn, head, vocab, vocab.decode(val_ids[:20000]))
    print(
        f"{cell}: first letter right after 'I speak fluent ' with the state carried: "
        f"{result['carried_accuracy']:.0%}"
    )
    if probe_path:
        records = probes.parse(read_text(probe_path, "probe file"), probe_path, vocab)
        result["probes"] = probe_scores(rnn, head, cell, vocab, records)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", required=True, help="charlstm config (model, train, data)")
    parser.add_argument("--cell", choices=["gru", "lstm"], default="gru")
    parser.add_argument("--steps", type=int, default=0, help="Training steps (0: numbers only).")
    parser.add_argument("--probes", help="Probe file to score the trained model on.")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--set", dest="overrides", action="append", default=[])
    parser.add_argument("--json", help="Write the results here.")
    options = parser.parse_args()
    torch.set_num_threads(options.threads)
    results = {}
    for cell in ("gru", "lstm"):
        worst = same_numbers(cell)
        results[f"same_numbers_{cell}"] = worst
        print(f"{cell}: largest relative difference from PyTorch, float64:")
        for key, value in worst.items():
            print(f"  {key:14s} {value:.2e}")
    if options.steps:
        cfg = config_mod.resolve(options.config, options.overrides)
        results["training"] = train(options.cell, cfg, options.steps, options.probes, options.seed)
        for label, bins in results["training"].get("probes", {}).items():
            print(f"{label}: " + "  ".join(f"{b} {a:.0%}" for b, a in bins.items()))
    if options.json:
        with open(options.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
