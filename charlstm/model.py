"""The language model: input → stacked recurrent layers → linear head → softmax cross-entropy.

A Model is a cell type and its parameters. The parameters live in one flat dict of arrays
whose keys are the checkpoint's names:
    embed.W          (V, E)    only when model.embed_dim > 0; then layer 0's input width I = E
    layers.{l}.W_x   (I, G·H)  I = V (one-hot) or E for l = 0, H above; G gate blocks
    layers.{l}.W_h   (H, G·H)
    layers.{l}.b     (G·H,)    (for the LSTM, G = 4 in the order [i | f | g | o])
    layers.{l}.…     the cell's other parameters (cells/<cell>.py lists them)
    head.W           (H, V)
    head.b           (V,)
Gradients use the same keys. Inputs and targets are (T, B) integer ids; the recurrent state
is a list with one tuple per layer of (B, H) arrays: (h, c) for the LSTM family, (h,) for
the RNN and GRU. Dropout (training only) is applied to the output of every layer but the
last, as in PyTorch.

parallel.Workers is a Model whose loss_and_grads and sequence_nll run in worker processes,
so the training loop and evaluation take either.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from charlstm import optim
from charlstm.cells import CELLS
from charlstm.cells.common import orthogonal_blocks, scatter_add_rows
from charlstm.config import ModelConfig, TrainConfig


def param_shapes(config: ModelConfig, vocab_size: int) -> dict[str, tuple]:
    """The exact shape of every parameter for a config and vocabulary size."""
    V, H, E = vocab_size, config.hidden, config.embed_dim
    shapes = {}
    if E > 0:
        shapes["embed.W"] = (V, E)
    for l in range(config.layers):
        I = (E if E > 0 else V) if l == 0 else H
        for name, shape in CELLS[config.cell].shapes(I, H).items():
            shapes[f"layers.{l}.{name}"] = shape
    shapes["head.W"] = (H, V)
    shapes["head.b"] = (V,)
    return shapes


def init_params(config: ModelConfig, vocab_size: int, rng: np.random.Generator) -> dict:
    dtype = np.dtype(config.dtype)
    s = config.init_scale or 1 / np.sqrt(config.hidden)  # 0 means PyTorch's default
    params = {}
    if config.embed_dim > 0:
        params["embed.W"] = rng.uniform(-s, s, (vocab_size, config.embed_dim)).astype(dtype)
        if config.input_scale:
            params["embed.W"] *= dtype.type(config.input_scale / s)
    for l in range(config.layers):
        I = (config.embed_dim or vocab_size) if l == 0 else config.hidden
        cell_params = CELLS[config.cell].init(
            rng, I, config.hidden, s, dtype, config.forget_bias, config.chrono
        )
        if l == 0 and config.input_scale and not config.embed_dim:
            # a one-hot character picks one row of W_x: ±1/√hidden moves a gate by under 0.1,
            # so the cell starts out barely telling characters apart (docs/longdep.md)
            cell_params["W_x"] *= dtype.type(config.input_scale / s)
        if config.recurrent_init == "orthogonal":
            cell_params["W_h"] = orthogonal_blocks(
                rng, config.hidden, cell_params["W_h"].shape[1], dtype
            )
        for name, value in cell_params.items():
            params[f"layers.{l}.{name}"] = value
    params["head.W"] = rng.uniform(-s, s, (config.hidden, vocab_size)).astype(dtype)
    params["head.b"] = rng.uniform(-s, s, vocab_size).astype(dtype)
    return params


def dropout_masks(rng, dropout: float, num_layers: int, shape: tuple, dtype) -> list:
    """Inverted-dropout masks for the outputs (T, B, H) of every layer but the last, drawn
    from rng in layer order (one list entry per layer, None where no dropout applies). The
    masks are drawn apart from forward so that data-parallel workers can apply the slices of
    the same masks that one process would."""
    masks = []
    for l in range(num_layers):
        if dropout > 0 and rng is not None and l < num_layers - 1:
            keep = (rng.random(shape) >= dropout).astype(dtype)
            keep /= 1 - dropout  # inverted dropout: no rescaling at test time
            masks.append(keep)
        else:
            masks.append(None)
    return masks


def softmax_parts(logits: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The probabilities, z − max and Σ exp(z − max) (keepdims) over the last axis. Log p is
    then z − max − log Σ exp(z − max): generation forms it for the drawn id alone."""
    shifted = logits - logits.max(axis=-1, keepdims=True)
    probs = np.exp(shifted)
    total = probs.sum(axis=-1, keepdims=True)
    probs /= total
    return probs, shifted, total


def softmax(logits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The probabilities and their natural logarithms over the last axis of logits (…, V),
    in the logits' dtype. Stable: the maximum is subtracted before exp, so huge logits do not
    overflow and a logit of −inf is a probability of exactly 0."""
    probs, shifted, total = softmax_parts(logits)
    shifted -= np.log(total)  # log p = z − max − log Σ exp(z − max)
    return probs, shifted


def cross_entropy(logits: np.ndarray, targets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-position negative log-likelihood (N,) and the softmax probabilities (N, V), for
    logits (N, V) and targets (N,). Only the targets' log-probabilities are formed: a full
    log-softmax would be one more pass over (N, V) in every training step."""
    probs, shifted, total = softmax_parts(logits)
    return np.log(total[:, 0]) - shifted[np.arange(len(targets)), targets], probs


def _forward_step(layer, params: dict):
    """A cell's forward at T = 1 as a step (x (B,) ids or (B, I), state) -> (h, new state),
    for a cell without a stepper of its own."""

    def step(x: np.ndarray, state: tuple) -> tuple:
        hs, new_state, _ = layer.forward(params, x[None], state)
        return hs[0], new_state

    return step


class ForwardCache(NamedTuple):
    """What Model.forward keeps for the backward pass."""

    inputs: np.ndarray  # (T, B) ids
    top: np.ndarray  # (T, B, H) the last layer's output after dropout: the head's input
    layers: list  # one cache per layer (the cell's Cache)
    masks: list  # one dropout mask (T, B, H) or None per layer


class LossAndGrads(NamedTuple):
    loss: float
    grads: dict  # {parameter key: gradient}
    state: list  # the final state, to carry into the next batch
    dstate0: list  # gradient w.r.t. the initial state, per layer like the state


class Model:
    """A cell type (a module of charlstm.cells) and its parameters (a dict, keys as above).

    The parameters are read, never replaced, by these methods: an optimizer that updates the
    arrays in place updates the model."""

    def __init__(self, cell: str, params: dict):
        self.cell = cell  # the cell's name, model.cell in the config
        self.layer = CELLS[cell]  # the cell's module: forward and backward of one layer
        self.params = params

    @classmethod
    def init(cls, config: ModelConfig, vocab_size: int, rng: np.random.Generator) -> Model:
        """A new model with random parameters (init_params)."""
        return cls(config.cell, init_params(config, vocab_size, rng))

    @property
    def num_layers(self) -> int:
        return sum(1 for k in self.params if k.endswith(".W_h"))

    @property
    def hidden(self) -> int:
        return self.params["head.W"].shape[0]

    @property
    def dtype(self) -> np.dtype:
        return self.params["head.W"].dtype

    def layer_params(self, l: int) -> dict:
        """Layer l's parameters under the cell's own names ("W_x", "W_h", "b", …)."""
        prefix = f"layers.{l}."
        return {k[len(prefix) :]: v for k, v in self.params.items() if k.startswith(prefix)}

    def zero_state(self, batch_size: int) -> list:
        H, arity = self.hidden, len(self.layer.STATE)
        return [
            tuple(np.zeros((batch_size, H), dtype=self.dtype) for _ in range(arity))
            for _ in range(self.num_layers)
        ]

    def forward(self, inputs: np.ndarray, state: list, masks=None):
        """inputs (T, B) ids -> logits (T, B, V), new state, ForwardCache.
        masks: dropout_masks(...) for training, or None (no dropout)."""
        params = self.params
        x = params["embed.W"][inputs] if "embed.W" in params else inputs
        caches, new_state = [], []
        L = self.num_layers
        masks = masks or [None] * L
        for l in range(L):
            x, layer_state, cache = self.layer.forward(self.layer_params(l), x, state[l])
            caches.append(cache)
            new_state.append(layer_state)
            if masks[l] is not None:
                x = x * masks[l]
        T, B, H = x.shape
        logits = np.matmul(x.reshape(T * B, H), params["head.W"]).reshape(T, B, -1)
        logits += params["head.b"]
        return logits, new_state, ForwardCache(inputs, x, caches, masks)

    def loss_and_grads(
        self, inputs, targets, state, *, masks=None, dstate=None, mask=None
    ) -> LossAndGrads:
        """Mean cross-entropy over all T·B positions (or over those where mask (T, B) is
        true), the gradient of every parameter, the final state and the gradient w.r.t. the
        initial state.

        masks: dropout_masks(...) for training with dropout, or None
        dstate: optional per-layer gradient of the final state (used by gradient checks)
        """
        params = self.params
        logits, new_state, cache = self.forward(inputs, state, masks)
        T, B, V = logits.shape
        flat_targets = targets.reshape(-1)
        nll, probs = cross_entropy(logits.reshape(T * B, V), flat_targets)
        dlogits = probs  # softmax − one_hot(target), divided by the count for the mean
        dlogits[np.arange(T * B), flat_targets] -= 1
        if mask is None:
            loss = float(nll.mean())
            dlogits /= T * B
        else:
            weight = mask.reshape(T * B, 1).astype(dlogits.dtype)
            count = float(weight.sum())
            # no scored position (a data-parallel worker's share of an epoch's last window):
            # loss and gradients are zero, not 0/0
            loss = float(np.dot(nll, weight[:, 0])) / count if count else 0.0
            dlogits *= weight / max(count, 1.0)
        H = cache.top.shape[2]
        grads = {
            "head.W": np.matmul(cache.top.reshape(T * B, H).T, dlogits),
            "head.b": dlogits.sum(axis=0),
        }
        dx = np.matmul(dlogits, params["head.W"].T).reshape(T, B, H)
        dstate0 = [None] * len(cache.layers)
        for l in range(len(cache.layers) - 1, -1, -1):
            if cache.masks[l] is not None:
                dx *= cache.masks[l]
            layer_grads, dx, dstate0[l] = self.layer.backward(
                dx, cache.layers[l], None if dstate is None else dstate[l]
            )
            for name, g in layer_grads.items():
                grads[f"layers.{l}.{name}"] = g
        if "embed.W" in params:
            grads["embed.W"] = scatter_add_rows(
                cache.inputs.reshape(-1), dx.reshape(T * B, -1), params["embed.W"].shape[0]
            )
        return LossAndGrads(loss, grads, new_state, dstate0)

    def update(self, config: TrainConfig, grads: dict, optim_state: dict, step: int) -> None:
        """One optimizer step on the parameters, in place (optim.update); a parallel.Workers
        pool shares the parameters out among its processes."""
        optim.update(config, self.params, grads, optim_state, step)

    def sequence_nll(self, inputs: np.ndarray, targets: np.ndarray, state: list):
        """Per-position negative log-likelihood (T, B) of targets, and the final state; no
        dropout."""
        logits, new_state, _ = self.forward(inputs, state)
        T, B, V = logits.shape
        nll, _ = cross_entropy(logits.reshape(T * B, V), targets.reshape(-1))
        return nll.reshape(T, B), new_state

    def stepper(self):
        """For generation: a function (ids (B,), state) -> (logits (B, V), new state) that
        runs one time step. Each layer's parameters are gathered once here rather than per
        character, which at batch 1 is a sizeable share of a step, and a cell with a
        stepper (the LSTM: forward at T = 1, the same bits, without the cache) prepares its
        step here. Take a new one after the parameters change (training's samples do)."""
        layer = self.layer
        layers = [self.layer_params(l) for l in range(self.num_layers)]
        embed = self.params.get("embed.W")
        head_W, head_b = self.params["head.W"], self.params["head.b"]
        steps = [
            layer.stepper(p) if hasattr(layer, "stepper") else _forward_step(layer, p)
            for p in layers
        ]

        def one_step(ids: np.ndarray, state: list) -> tuple[np.ndarray, list]:
            x = ids if embed is None else embed[ids]
            new_state = []
            for step, layer_state in zip(steps, state, strict=True):
                x, layer_state = step(x, layer_state)
                new_state.append(layer_state)
            logits = np.matmul(x, head_W)
            logits += head_b
            return logits, new_state

        return one_step

    def step(self, ids: np.ndarray, state: list) -> tuple[np.ndarray, list]:
        """One time step: ids (B,) -> logits (B, V), new state."""
        return self.stepper()(ids, state)
