"""Parameter initialization: chrono biases (model.chrono) and that they leave the rest alone."""

import hashlib

import numpy as np
import pytest

from charlstm import model
from charlstm.config import ModelConfig

H, V, HORIZON = 64, 7, 200
# The bias block each gated cell keeps its memory with, and the input gate that chrono closes
# (None: the cell has no separate input gate bias to set).
FORGET = {"lstm": (1, 0), "peephole": (1, 0), "coupled": (0, None), "gru": (1, None)}


def biases(cell, chrono, forget_bias=0.0, layers=2, seed=3):
    config = ModelConfig(cell=cell, hidden=H, layers=layers, chrono=chrono, forget_bias=forget_bias)
    return model.init_params(config, V, np.random.default_rng(seed))


@pytest.mark.parametrize("cell", sorted(FORGET))
def test_chrono_spreads_the_memory_spans_up_to_the_horizon(cell):
    forget_block, input_block = FORGET[cell]
    params = biases(cell, HORIZON)
    for layer in range(2):
        b = params[f"layers.{layer}.b"]
        forget = b[forget_block * H : (forget_block + 1) * H]
        spans = np.exp(forget.astype(np.float64))  # σ(log u) = u / (1 + u): about u steps
        assert spans.min() >= 1 - 1e-4 and spans.max() <= HORIZON - 1 + 1e-3
        # spread over the range, not one value: both ends of U(1, horizon − 1) are reached
        assert spans.min() < HORIZON / 8 and spans.max() > HORIZON * 3 / 4
        if input_block is not None:
            np.testing.assert_array_equal(b[input_block * H : (input_block + 1) * H], -forget)
        if cell == "gru":  # the update gate's other bias must not undo the chrono value
            assert not params[f"layers.{layer}.b_h"][H : 2 * H].any()


@pytest.mark.parametrize("cell", sorted(FORGET))
def test_forget_bias_adds_to_the_chrono_biases(cell):
    forget_block, _ = FORGET[cell]
    plain, shifted = biases(cell, HORIZON), biases(cell, HORIZON, forget_bias=1.5)
    rows = slice(forget_block * H, (forget_block + 1) * H)
    np.testing.assert_allclose(
        shifted["layers.0.b"][rows], plain["layers.0.b"][rows] + 1.5, rtol=1e-6
    )


# sha256 (first 16 hex digits) of every parameter, in name order, of a 2 × 64 model over 7
# symbols from default_rng(5), as initialized before chrono existed (commit 2d01a71).
BEFORE_CHRONO = {
    "coupled": "2481087e90d01844",
    "gru": "6f1771b6809cb81e",
    "lstm": "8eee49279d3ec651",
    "peephole": "05f2710112134b21",
    "rnn": "294f715cb1727949",
}


@pytest.mark.parametrize("cell", sorted(BEFORE_CHRONO))
def test_without_chrono_every_parameter_is_as_before(cell):
    """chrono = 0 draws nothing more, so every existing seed gives the same model."""
    params = model.init_params(
        ModelConfig(cell=cell, hidden=64, layers=2), 7, np.random.default_rng(5)
    )
    digest = hashlib.sha256()
    for name in sorted(params):
        digest.update(name.encode())
        digest.update(params[name].tobytes())
    assert digest.hexdigest()[:16] == BEFORE_CHRONO[cell]


def test_chrono_weights_are_the_same_draws_as_without():
    """chrono changes biases only; the weights of the first layer are the same draws."""
    plain, chrono = biases("lstm", 0, layers=1), biases("lstm", HORIZON, layers=1)
    for name in ("W_x", "W_h"):
        np.testing.assert_array_equal(plain[f"layers.0.{name}"], chrono[f"layers.0.{name}"])
    np.testing.assert_array_equal(plain["layers.0.b"][2 * H :], chrono["layers.0.b"][2 * H :])


@pytest.mark.parametrize("cell", sorted(BEFORE_CHRONO))
@pytest.mark.parametrize("embed_dim", [0, 5])
def test_input_scale_widens_only_the_first_layers_input_weights(cell, embed_dim):
    """model.input_scale sets the range of what a character feeds the first layer (its input
    weights, or the embedding) and leaves every other parameter as the same seed draws it."""

    def params(input_scale):
        config = ModelConfig(
            cell=cell, hidden=H, layers=2, embed_dim=embed_dim, input_scale=input_scale
        )
        return model.init_params(config, V, np.random.default_rng(4))

    plain, wide = params(0.0), params(1.0)
    first = "embed.W" if embed_dim else "layers.0.W_x"
    scale = 1 / np.sqrt(H)
    np.testing.assert_allclose(wide[first], plain[first] / scale, rtol=1e-5)
    assert 0.9 < np.abs(wide[first]).max() <= 1.0  # uniform in ±1: the range is reached
    assert np.abs(plain[first]).max() <= scale
    for name in plain:
        if name != first:
            np.testing.assert_array_equal(wide[name], plain[name], err_msg=name)


@pytest.mark.parametrize("cell", sorted(BEFORE_CHRONO))
def test_orthogonal_recurrent_init_makes_every_gate_block_orthogonal(cell):
    """model.recurrent_init=orthogonal: each (H, H) gate block of every layer's W_h has
    QᵀQ = I (every singular value 1), the blocks are distinct draws, and the first layer's
    other parameters are the same draws as with the uniform default."""

    def params(recurrent_init):
        config = ModelConfig(cell=cell, hidden=H, layers=2, recurrent_init=recurrent_init)
        return model.init_params(config, V, np.random.default_rng(6))

    plain, ortho = params("uniform"), params("orthogonal")
    for layer in range(2):
        W_h = ortho[f"layers.{layer}.W_h"].astype(np.float64)
        blocks = [W_h[:, k : k + H] for k in range(0, W_h.shape[1], H)]
        for block in blocks:
            np.testing.assert_allclose(block.T @ block, np.eye(H), atol=1e-5)
        if len(blocks) > 1:
            assert not np.allclose(blocks[0], blocks[1])
    singular = np.linalg.svd(plain["layers.0.W_h"][:, :H].astype(np.float64), compute_uv=False)
    assert singular.min() < 0.1  # the uniform draw, by contrast, all but closes some directions
    for name in ("W_x", "b"):
        np.testing.assert_array_equal(plain[f"layers.0.{name}"], ortho[f"layers.0.{name}"])


def test_an_unknown_recurrent_init_is_refused():
    from charlstm import config
    from charlstm.errors import CharlstmError

    with pytest.raises(
        CharlstmError, match="model.recurrent_init must be one of uniform, orthogonal, got 'orth'"
    ):
        config.resolve(None, ["model.recurrent_init=orth"])
