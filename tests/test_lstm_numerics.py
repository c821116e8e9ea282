"""The LSTM cell and the whole model, in float64 with every parameter and bias random:
a naive per-gate reference, centred-difference gradient checks, and split-sequence equality."""

import numpy as np
import pytest

from charlstm import model
from charlstm.cells import lstm
from charlstm.config import ModelConfig

T, B, I, H = 5, 3, 4, 6


def random_layer(rng, I=I, H=H):
    return {
        "W_x": rng.normal(0, 0.5, (I, 4 * H)),
        "W_h": rng.normal(0, 0.5, (H, 4 * H)),
        "b": rng.normal(0, 0.5, 4 * H),
    }


def random_state(rng, B=B, H=H):
    return rng.normal(0, 0.5, (B, H)), rng.normal(0, 0.5, (B, H))


def naive_lstm(params, x, h, c):
    """Textbook equations, one gate and one step at a time, with [h, x] concatenated."""
    sigmoid = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    W = np.concatenate([params["W_h"], params["W_x"]], axis=0)  # (H + I, 4H) acting on [h, x]
    W_i, W_f, W_g, W_o = (W[:, k * H : (k + 1) * H] for k in range(4))
    b_i, b_f, b_g, b_o = (params["b"][k * H : (k + 1) * H] for k in range(4))
    hs = []
    for t in range(x.shape[0]):
        hx = np.concatenate([h, x[t]], axis=1)
        i = sigmoid(hx @ W_i + b_i)
        f = sigmoid(hx @ W_f + b_f)
        g = np.tanh(hx @ W_g + b_g)
        o = sigmoid(hx @ W_o + b_o)
        c = f * c + i * g
        h = o * np.tanh(c)
        hs.append(h)
    return np.stack(hs), h, c


def test_forward_matches_naive_reference():
    rng = np.random.default_rng(0)
    params, (h0, c0) = random_layer(rng), random_state(rng)
    x = rng.normal(0, 1, (T, B, I))
    hs, (hT, cT), _ = lstm.forward(params, x, (h0, c0))
    ref_hs, ref_h, ref_c = naive_lstm(params, x, h0, c0)
    np.testing.assert_allclose(hs, ref_hs, rtol=0, atol=1e-12)
    np.testing.assert_allclose(hT, ref_h, rtol=0, atol=1e-12)
    np.testing.assert_allclose(cT, ref_c, rtol=0, atol=1e-12)


def test_one_hot_ids_equal_one_hot_vectors():
    rng = np.random.default_rng(1)
    params, state = random_layer(rng), random_state(rng)
    ids = rng.integers(0, I, (T, B))
    hs_ids, _, _ = lstm.forward(params, ids, state)
    hs_vec, _, _ = lstm.forward(params, np.eye(I)[ids], state)
    np.testing.assert_allclose(hs_ids, hs_vec, rtol=0, atol=1e-12)


def max_relative_error(analytic, numeric):
    """max |a − n| / (|a| + |n|); below 1e-6 in magnitude (e.g. exact zeros of unused one-hot
    rows, where the numeric side is pure round-off) the error must be under 1e-12 absolute."""
    denom = np.maximum(np.abs(analytic) + np.abs(numeric), 1e-6)
    return float(np.max(np.abs(analytic - numeric) / denom))


def numeric_gradient(f, array, eps=5e-4):
    """Fourth-order centred difference, (−f(x+2ε) + 8f(x+ε) − 8f(x−ε) + f(x−2ε)) / 12ε: its
    truncation error (∝ ε⁴) and round-off (∝ 1e-16/ε) are both far below the 1e-6 tolerance,
    which the second-order formula cannot promise for the smallest gradient entries."""
    grad = np.zeros_like(array)
    for idx in np.ndindex(array.shape):
        old = array[idx]
        values = []
        for step in (2, 1, -1, -2):
            array[idx] = old + step * eps
            values.append(f())
        array[idx] = old
        grad[idx] = (-values[0] + 8 * values[1] - 8 * values[2] + values[3]) / (12 * eps)
    return grad


@pytest.mark.parametrize("one_hot", [False, True])
def test_cell_gradient_check(one_hot):
    """Loss = random weighted sum of every h_t plus of the final (h_T, c_T)."""
    rng = np.random.default_rng(2)
    params = random_layer(rng)
    h0, c0 = random_state(rng)
    x = rng.integers(0, I, (T, B)) if one_hot else rng.normal(0, 1, (T, B, I))
    w_hs, w_h, w_c = rng.normal(size=(T, B, H)), rng.normal(size=(B, H)), rng.normal(size=(B, H))

    def loss():
        hs, (hT, cT), _ = lstm.forward(params, x, (h0, c0))
        return np.sum(w_hs * hs) + np.sum(w_h * hT) + np.sum(w_c * cT)

    _, _, cache = lstm.forward(params, x, (h0, c0))
    grads, dx, (dh0, dc0) = lstm.backward(w_hs, cache, (w_h, w_c))
    for name in ("W_x", "W_h", "b"):
        assert max_relative_error(grads[name], numeric_gradient(loss, params[name])) <= 1e-6, name
    assert max_relative_error(dh0, numeric_gradient(loss, h0)) <= 1e-6
    assert max_relative_error(dc0, numeric_gradient(loss, c0)) <= 1e-6
    if not one_hot:
        assert max_relative_error(dx, numeric_gradient(loss, x)) <= 1e-6


@pytest.mark.parametrize("embed_dim", [0, 3])
def test_model_gradient_check(embed_dim):
    """Every parameter of a 2-layer model with head (and embedding), plus the initial states."""
    V = 7
    rng = np.random.default_rng(3)
    config = ModelConfig(layers=2, hidden=5, embed_dim=embed_dim, dtype="float64", init_scale=0.5)
    params = model.init_params(config, V, rng)
    for value in params.values():  # random biases too: zero biases hide bugs
        value[...] = rng.normal(0, 0.5, value.shape)
    state = [random_state(rng, 2, 5) for _ in range(2)]
    inputs, targets = rng.integers(0, V, (4, 2)), rng.integers(0, V, (4, 2))
    w_state = [(rng.normal(size=(2, 5)), rng.normal(size=(2, 5))) for _ in range(2)]

    def loss():
        value, _, final, _ = model.loss_and_grads(params, inputs, targets, state)
        extra = sum(
            np.sum(wh * h) + np.sum(wc * c) for (wh, wc), (h, c) in zip(w_state, final, strict=True)
        )
        return value + extra

    _, grads, _, dstate0 = model.loss_and_grads(params, inputs, targets, state, dstate=w_state)
    assert set(grads) == set(params)
    for name, value in params.items():
        assert max_relative_error(grads[name], numeric_gradient(loss, value)) <= 1e-6, name
    for l, (h, c) in enumerate(state):
        assert max_relative_error(dstate0[l][0], numeric_gradient(loss, h)) <= 1e-6
        assert max_relative_error(dstate0[l][1], numeric_gradient(loss, c)) <= 1e-6


def test_dropout_gradient_check():
    """With a fixed dropout mask (same rng seed each call) the gradient is still exact."""
    V = 6
    rng = np.random.default_rng(4)
    config = ModelConfig(layers=3, hidden=4, dropout=0.3, dtype="float64", init_scale=0.5)
    params = model.init_params(config, V, rng)
    for value in params.values():
        value[...] = rng.normal(0, 0.5, value.shape)
    state = model.zero_state(params, 2)
    inputs, targets = rng.integers(0, V, (3, 2)), rng.integers(0, V, (3, 2))

    def run():
        return model.loss_and_grads(params, inputs, targets, state, 0.3, np.random.default_rng(9))

    _, grads, _, _ = run()
    for name, value in params.items():
        numeric = numeric_gradient(lambda: run()[0], value)
        assert max_relative_error(grads[name], numeric) <= 1e-6, name


def test_split_sequence_equals_whole():
    rng = np.random.default_rng(5)
    params, state = random_layer(rng), random_state(rng)
    x = rng.normal(0, 1, (2 * T, B, I))
    whole, (h, c), _ = lstm.forward(params, x, state)
    first, mid_state, _ = lstm.forward(params, x[:T], state)
    second, (h2, c2), _ = lstm.forward(params, x[T:], mid_state)
    np.testing.assert_array_equal(np.concatenate([first, second]), whole)
    np.testing.assert_array_equal(h2, h)
    np.testing.assert_array_equal(c2, c)


def test_model_split_sequence_equals_whole():
    V = 9
    rng = np.random.default_rng(6)
    config = ModelConfig(layers=2, hidden=8, dtype="float64")
    params = model.init_params(config, V, rng)
    for value in params.values():
        value[...] = rng.normal(0, 0.5, value.shape)
    inputs, targets = rng.integers(0, V, (10, 3)), rng.integers(0, V, (10, 3))
    state = model.zero_state(params, 3)
    whole, _ = model.sequence_nll(params, inputs, targets, state)
    first, mid = model.sequence_nll(params, inputs[:4], targets[:4], state)
    second, _ = model.sequence_nll(params, inputs[4:], targets[4:], mid)
    np.testing.assert_allclose(np.concatenate([first, second]), whole, rtol=0, atol=1e-12)


def test_float32_stays_float32():
    rng = np.random.default_rng(7)
    params = model.init_params(ModelConfig(), 11, rng)
    inputs, targets = rng.integers(0, 11, (6, 4)), rng.integers(0, 11, (6, 4))
    _, grads, state, _ = model.loss_and_grads(params, inputs, targets, model.zero_state(params, 4))
    assert all(g.dtype == np.float32 for g in grads.values())
    assert all(h.dtype == np.float32 and c.dtype == np.float32 for h, c in state)


def test_cross_entropy_is_stable_for_huge_logits():
    logits = np.array([[1e4, 0.0, -1e4], [-1e4, -1e4, 1e4]], dtype=np.float32)
    nll, probs = model.cross_entropy(logits, np.array([0, 1]))
    assert np.all(np.isfinite(nll)) and np.all(np.isfinite(probs))
    np.testing.assert_allclose(nll, [0.0, 2e4], rtol=1e-6)


def test_scatter_add_rows_both_paths(monkeypatch):
    rng = np.random.default_rng(8)
    ids = rng.integers(0, 50, 300)
    values = rng.normal(size=(300, 7))
    expected = np.zeros((50, 7))
    np.add.at(expected, ids, values)
    np.testing.assert_allclose(lstm.scatter_add_rows(ids, values, 50), expected, atol=1e-12)
    monkeypatch.setattr(lstm, "ONE_HOT_LIMIT", 0)  # force the sorted segment-sum path
    np.testing.assert_allclose(lstm.scatter_add_rows(ids, values, 50), expected, atol=1e-12)
