"""Optimizers over a dict of parameter arrays, updated in place: Adam, RMSprop, SGD.

The optimizer state is a flat dict of arrays keyed "<slot>/<parameter key>" (e.g.
"m/layers.0.W_h"), so it saves into a checkpoint under "optim/" as it is.
"""

from __future__ import annotations

import math

import numpy as np

from charlstm.config import TrainConfig

ADAM_BETAS = (0.9, 0.999)
EPS = 1e-8
SLOTS = {"adam": ("m", "v"), "rmsprop": ("v",), "sgd": ("m",)}


def init_state(optimizer: str, params: dict) -> dict:
    return {f"{slot}/{k}": np.zeros_like(p) for slot in SLOTS[optimizer] for k, p in params.items()}


def learning_rate(config: TrainConfig, step: int) -> float:
    """Step decay: lr · lr_decay^(step // lr_decay_every), step counted from 0."""
    return config.lr * config.lr_decay ** (step // config.lr_decay_every)


def clip_by_global_norm(grads: dict, max_norm: float) -> float:
    """Scale all gradients in place so that their joint L2 norm is at most max_norm (0 = off).
    Returns the norm before clipping."""
    # Accumulate in float64: squares of float32 gradients can overflow float32. Ufuncs, not
    # a BLAS dot: a BLAS call here would wake the main process's BLAS threads, which then
    # spin on the cores that data-parallel workers (parallel.py) are computing on.
    norm = math.sqrt(sum(float(np.square(g, dtype=np.float64).sum()) for g in grads.values()))
    if max_norm > 0 and norm > max_norm:
        for g in grads.values():
            g *= max_norm / norm
    return norm


def is_fused_bias(key: str) -> bool:
    """A layer's bias b ("layers.0.b"), which stands for PyTorch's two (b_ih + b_hh)."""
    return key.startswith("layers.") and key.endswith(".b")


def update(config: TrainConfig, params: dict, grads: dict, state: dict, step: int) -> None:
    """Apply one update, in place, for the optimizer step `step` (counted from 1). Each
    layer's fused bias takes lr × train.bias_lr_scale: with the scale 2 it moves as the sum of
    two biases with the same gradient does, under each of the three optimizers."""
    base_lr = learning_rate(config, step - 1)
    for key, p in params.items():
        lr = base_lr * config.bias_lr_scale if is_fused_bias(key) else base_lr
        g = grads[key]
        if config.weight_decay:
            g = g + config.weight_decay * p
        if config.optimizer == "adam":
            b1, b2 = ADAM_BETAS
            m, v = state[f"m/{key}"], state[f"v/{key}"]
            m *= b1
            m += (1 - b1) * g
            v *= b2
            v += (1 - b2) * np.square(g)
            # bias-corrected step: lr·m̂/(√v̂ + ε) with m̂ = m/(1−β1^t), v̂ = v/(1−β2^t)
            denom = np.sqrt(v / (1 - b2**step))
            denom += EPS
            p -= (lr / (1 - b1**step)) * m / denom
        elif config.optimizer == "rmsprop":
            v = state[f"v/{key}"]
            alpha = config.rmsprop_alpha
            v *= alpha
            v += (1 - alpha) * np.square(g)
            denom = np.sqrt(v)
            denom += EPS
            p -= lr * g / denom
        else:
            m = state[f"m/{key}"]
            m *= config.momentum
            m += g
            p -= lr * m
