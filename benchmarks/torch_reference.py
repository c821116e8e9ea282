#!/usr/bin/env python3
"""PyTorch's side of `make bench` and `make bench-quality`: the same model in nn.LSTM, run
in the benchmark's own environment (never the project's); prints one JSON object on stdout.

The model: one-hot input (V) → nn.LSTM(L layers, H units, batch_first) → Linear(H, V),
float32, mean cross-entropy, clip_grad_norm_ 5, Adam. Characters are numbered in sorted
order, as charlstm's vocabulary does.

    torch_reference.py train CONFIG --data FILE   training chars/s for bench.py's config
        CONFIG: B random windows of T + 1 characters, zero initial state, Adam 2e-3; warm-up,
        then --reps repeats of at least --rep-s seconds each (all rates reported)
    torch_reference.py sample --data FILE         2×512, batch 1, temperature 1: chars/s
        generating --chars characters, on PyTorch's default (oneDNN) path and with mkldnn
        disabled (its native LSTM), each after one warm-up run
    torch_reference.py eval FILE --data FILE      mean NLL of FILE under a random 2×512 in
        `charlstm eval`'s stream layout (--streams contiguous streams, every stream but the
        first reading --burn-in unscored characters first, state carried across --chunk steps)
    torch_reference.py quality --data FILE        validation loss against seconds for a
        --budget-s budget of wall time (validation passes included, as charlstm's
        --max-time counts them) on the first 90% of FILE, validated on the rest every
        --eval-every-s seconds of training time; --order streams trains in charlstm's data
        order (contiguous streams, state carried) instead of random windows

--threads N sets torch.set_num_threads (default: PyTorch's own choice, one per core).
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import torch
import torch.nn.functional as F
from torch import nn

CONFIGS = {  # name: (layers, hidden, batch, seq_len); the same table as bench.py
    "a": (1, 128, 32, 64),
    "b": (2, 128, 50, 50),
    "c": (2, 256, 64, 100),
    "d": (2, 512, 64, 128),
    "1x32": (1, 32, 32, 64),
}


class CharLSTM(nn.Module):
    def __init__(self, V: int, H: int, L: int, dropout: float = 0.0):
        super().__init__()
        self.V = V
        self.lstm = nn.LSTM(V, H, num_layers=L, batch_first=True, dropout=dropout)
        self.head = nn.Linear(H, V)

    def forward(self, ids, state=None):
        out, state = self.lstm(F.one_hot(ids, self.V).to(torch.float32), state)
        return self.head(out), state


def load_ids(path: str) -> tuple[torch.Tensor, list[str]]:
    text = open(path, encoding="utf-8").read()
    chars = sorted(set(text))
    index = {c: i for i, c in enumerate(chars)}
    return torch.tensor([index[c] for c in text], dtype=torch.long), chars


def _learner(net, optimizer):
    """A function running one update on a batch, (B, T) inputs and targets from an initial
    state (None for zero): mean cross-entropy, clip 5, the optimizer's step. It returns the
    loss and the final state."""
    params = list(net.parameters())

    def learn(inputs, targets, state=None):
        logits, final = net(inputs, state)
        loss = F.cross_entropy(logits.reshape(-1, net.V), targets.reshape(-1))
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        nn.utils.clip_grad_norm_(params, 5.0)
        optimizer.step()
        return float(loss.detach()), final

    return learn


def train_step(net, optimizer, ids: torch.Tensor, B: int, T: int):
    """A function running one step on B random windows of T + 1 characters of ids."""
    learn = _learner(net, optimizer)
    offsets = torch.arange(T + 1)

    def step() -> float:
        starts = torch.randint(0, len(ids) - T - 1, (B,))
        windows = ids[starts[:, None] + offsets]  # (B, T + 1)
        return learn(windows[:, :-1], windows[:, 1:])[0]

    return step


def stream_train_step(net, optimizer, ids: torch.Tensor, B: int, T: int):
    """As train_step, in charlstm's data order: B contiguous streams over ids, window k of
    an epoch the next T characters of each, the state carried from one window to the next
    (detached) and reset when the streams restart."""
    learn = _learner(net, optimizer)
    per_stream = (len(ids) - 1) // B
    streams = ids[: B * per_stream + 1]
    starts = torch.arange(B) * per_stream
    windows_per_epoch = -(-per_stream // T)
    carried = {"k": 0, "state": None}

    def step() -> float:
        k = carried["k"]
        t = torch.arange(k * T, min((k + 1) * T, per_stream))
        positions = starts[:, None] + t[None, :]  # (B, T)
        loss, state = learn(streams[positions], streams[positions + 1], carried["state"])
        k += 1
        carried["k"], carried["state"] = (
            (0, None) if k == windows_per_epoch else (k, tuple(s.detach() for s in state))
        )
        return loss

    return step


def train_rates(ids, V, config, warmup_s, rep_s, reps) -> list[float]:
    L, H, B, T = config
    torch.manual_seed(0)
    net = CharLSTM(V, H, L)
    step = train_step(net, torch.optim.Adam(net.parameters(), lr=2e-3), ids, B, T)
    t0, n = time.perf_counter(), 0
    while n < 3 or time.perf_counter() - t0 < warmup_s:
        step()
        n += 1
    rates = []
    for _ in range(reps):
        t0, n = time.perf_counter(), 0
        while n < 3 or time.perf_counter() - t0 < rep_s:
            step()
            n += 1
        rates.append(B * T * n / (time.perf_counter() - t0))
    return rates


def sample_rate(V: int, chars: int, reps: int = 3) -> float:
    """Median chars/s over `reps` runs (after a warm-up run) generating one character at a
    time from a random 2×512 at temperature 1, the state carried."""
    torch.manual_seed(0)
    net = CharLSTM(V, 512, 2).eval()
    generator = torch.Generator().manual_seed(0)
    rates = []
    with torch.inference_mode():
        for r in range(reps + 1):
            x, state = torch.zeros(1, 1, dtype=torch.long), None
            t0 = time.perf_counter()
            for _ in range(chars):
                logits, state = net(x, state)
                probs = F.softmax(logits[:, -1], dim=-1)
                x = torch.multinomial(probs, 1, generator=generator)
            if r:
                rates.append(chars / (time.perf_counter() - t0))
    return sorted(rates)[len(rates) // 2]


def stream_layout(ids: torch.Tensor, streams: int, burn_in: int):
    """charlstm eval's layout of ids: inputs, targets and a score weight, each (S, width).
    The len(ids) − 1 predictions are cut into S contiguous parts (the last takes the
    remainder); stream s first reads up to burn_in characters before its part, unscored."""
    count = len(ids) - 1
    S = max(1, min(streams, count))
    per = count // S
    rows = []
    for s in range(S):
        lo, hi = s * per, (count if s == S - 1 else (s + 1) * per)
        rows.append((max(0, lo - burn_in), lo, hi))
    width = max(hi - start for start, _, hi in rows)
    inputs = torch.zeros(S, width, dtype=torch.long)
    targets = torch.zeros(S, width, dtype=torch.long)
    weight = torch.zeros(S, width)
    for s, (start, lo, hi) in enumerate(rows):
        n = hi - start
        inputs[s, :n] = ids[start:hi]
        targets[s, :n] = ids[start + 1 : hi + 1]
        weight[s, lo - start : n] = 1.0
    return inputs, targets, weight, count


def total_nll(net, layout, chunk: int) -> float:
    inputs, targets, weight, _ = layout
    total, state = 0.0, None
    with torch.inference_mode():
        for t0 in range(0, inputs.shape[1], chunk):
            logits, state = net(inputs[:, t0 : t0 + chunk], state)
            nll = F.cross_entropy(
                logits.reshape(-1, logits.shape[-1]),
                targets[:, t0 : t0 + chunk].reshape(-1),
                reduction="none",
            )
            total += float((nll * weight[:, t0 : t0 + chunk].reshape(-1)).sum())
    return total


def eval_text(path: str, chars: list[str], streams: int, burn_in: int, chunk: int) -> dict:
    text = open(path, encoding="utf-8").read()
    index = {c: i for i, c in enumerate(chars)}
    ids = torch.tensor([index[c] for c in text], dtype=torch.long)
    torch.manual_seed(0)
    net = CharLSTM(len(chars), 512, 2).eval()
    t0 = time.perf_counter()
    layout = stream_layout(ids, streams, burn_in)
    total = total_nll(net, layout, chunk)
    seconds = time.perf_counter() - t0
    count = layout[3]
    return {
        "chars": count,
        "seconds": seconds,
        "chars_per_s": count / seconds,
        "loss": total / count,
    }


def quality(ids: torch.Tensor, V: int, options) -> dict:
    """Train for options.budget_s seconds of wall time, the validation passes included, as
    `charlstm train --max-time` counts them; validation loss every eval_every_s seconds and
    at the end. lr × lr_decay every lr_decay_every steps."""
    torch.manual_seed(options.seed)
    cut = int(len(ids) * 0.9)
    train_ids, val_ids = ids[:cut], ids[cut:]
    layout = stream_layout(val_ids, options.val_streams, options.burn_in)
    net = CharLSTM(V, options.H, options.L, options.dropout)
    if options.one_bias:  # charlstm's parametrization: b_hh stays at its initial draw
        for name, parameter in net.lstm.named_parameters():
            if name.startswith("bias_hh"):
                parameter.requires_grad_(False)
    optimizer = torch.optim.Adam(net.parameters(), lr=options.lr)
    schedule = torch.optim.lr_scheduler.StepLR(
        optimizer, step_size=options.lr_decay_every, gamma=options.lr_decay
    )
    order = stream_train_step if options.order == "streams" else train_step
    step_once = order(net, optimizer, train_ids, options.B, options.T)
    # wall_s counts everything from here, as charlstm's --max-time does; train_s only the
    # training steps (the clock of the earlier runs in docs/speed.md)
    curve, train_s, step, next_eval, start = [], 0.0, 0, 0.0, time.perf_counter()
    while True:
        wall_s = time.perf_counter() - start
        if train_s >= next_eval or wall_s >= options.budget_s:
            net.eval()
            val = total_nll(net, layout, 512) / layout[3]
            net.train()
            curve.append({"wall_s": wall_s, "train_s": train_s, "step": step, "val_loss": val})
            print(f"{wall_s:7.1f} s  step {step:6d}  val {val:.4f}", file=sys.stderr, flush=True)
            next_eval += options.eval_every_s
            if wall_s >= options.budget_s:
                break
        t0 = time.perf_counter()
        step_once()
        schedule.step()
        train_s += time.perf_counter() - t0
        step += 1
    return {"curve": curve, "steps": step}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=["train", "sample", "eval", "quality"])
    parser.add_argument("args", nargs="*")
    parser.add_argument("--data", required=True)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--warmup-s", type=float, default=3.0)
    parser.add_argument("--rep-s", type=float, default=5.0)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--chars", type=int, default=2000)
    parser.add_argument("--streams", type=int, default=16)
    parser.add_argument("--burn-in", type=int, default=256)
    parser.add_argument("--chunk", type=int, default=256)
    quality_options = parser.add_argument_group("quality")
    quality_options.add_argument("--budget-s", type=float, default=600.0)
    quality_options.add_argument("--eval-every-s", type=float, default=30.0)
    quality_options.add_argument("--L", type=int, default=2)
    quality_options.add_argument("--H", type=int, default=256)
    quality_options.add_argument("--B", type=int, default=64)
    quality_options.add_argument("--T", type=int, default=128)
    quality_options.add_argument("--lr", type=float, default=2e-3)
    quality_options.add_argument("--lr-decay", type=float, default=1.0)
    quality_options.add_argument("--lr-decay-every", type=int, default=1000)
    quality_options.add_argument("--dropout", type=float, default=0.0)
    quality_options.add_argument("--val-streams", type=int, default=16)
    quality_options.add_argument("--seed", type=int, default=1337)
    quality_options.add_argument(
        "--one-bias",
        action="store_true",
        help="train one bias per gate, as charlstm does, instead of nn.LSTM's two: the two "
        "get the same gradient, so under Adam their sum moves twice as far per step",
    )
    quality_options.add_argument(
        "--order",
        choices=["windows", "streams"],
        default="windows",
        help="random windows from a zero state, or charlstm's contiguous streams",
    )
    options = parser.parse_args()

    if options.threads:
        torch.set_num_threads(options.threads)
    ids, chars = load_ids(options.data)
    V = len(chars)
    result: dict = {"torch": torch.__version__, "threads": torch.get_num_threads()}
    if options.what == "train":
        config = CONFIGS[options.args[0]]
        rates = train_rates(ids, V, config, options.warmup_s, options.rep_s, options.reps)
        result.update(chars_per_s=sorted(rates)[len(rates) // 2], rates=rates)
    elif options.what == "sample":
        for path, enabled in (("oneDNN", True), ("native", False)):
            with torch.backends.mkldnn.flags(enabled=enabled):
                result[path] = sample_rate(V, options.chars)
    elif options.what == "eval":
        result.update(
            eval_text(options.args[0], chars, options.streams, options.burn_in, options.chunk)
        )
    else:
        result.update(quality(ids, V, options))
        result["best_val_loss"] = min(r["val_loss"] for r in result["curve"])
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
