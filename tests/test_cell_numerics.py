"""Every cell and the whole model, in float64 with every parameter and bias random: a naive
per-gate, per-step reference (tests/reference.py), forward and backward; centred-difference
gradient checks; split-sequence equality."""

import numpy as np
import pytest

from charlstm import model
from charlstm.cells import CELLS, common, product
from charlstm.config import ModelConfig
from charlstm.model import Model

from . import reference

T, B, I, H = 5, 3, 4, 6


ALL = sorted(CELLS)


def random_layer(rng, cell, I=I, H=H):
    return {k: rng.normal(0, 0.5, shape) for k, shape in CELLS[cell].shapes(I, H).items()}


def random_state(rng, cell, B=B, H=H):
    return tuple(rng.normal(0, 0.5, (B, H)) for _ in CELLS[cell].STATE)


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


@pytest.mark.parametrize("cell", ALL)
def test_forward_matches_naive_reference(cell):
    rng = np.random.default_rng(0)
    params, state = random_layer(rng, cell), random_state(rng, cell)
    x = rng.normal(0, 1, (T, B, I))
    hs, final, _ = CELLS[cell].forward(params, x, state)
    ref_hs, ref_final, _ = reference.run(cell, params, x, state)
    np.testing.assert_allclose(hs, ref_hs, rtol=0, atol=1e-12)
    for ours, ref in zip(final, ref_final, strict=True):
        np.testing.assert_allclose(ours, ref, rtol=0, atol=1e-12)


@pytest.mark.parametrize("one_hot", [False, True])
@pytest.mark.parametrize("cell", ALL)
def test_backward_matches_naive_reference(cell, one_hot):
    """Every gradient of the fused backward (each parameter, the input, the initial state)
    equals the reference's per-gate, per-step derivation, for random upstream gradients on
    every h_t and on the final state, from a non-zero initial state."""
    layer = CELLS[cell]
    rng = np.random.default_rng(12)
    params, state = random_layer(rng, cell), random_state(rng, cell)
    x = rng.integers(0, I, (T, B)) if one_hot else rng.normal(0, 1, (T, B, I))
    dhs = rng.normal(size=(T, B, H))
    dfinal = tuple(rng.normal(size=(B, H)) for _ in layer.STATE)
    grads, dx, dstate0 = layer.backward(dhs, layer.forward(params, x, state)[2], dfinal)
    ref_grads, ref_dx, ref_dstate0 = reference.backward(cell, params, x, state, dhs, dfinal)
    assert set(grads) == set(ref_grads) == set(params)
    for name in params:
        np.testing.assert_allclose(grads[name], ref_grads[name], rtol=1e-10, atol=0, err_msg=name)
    if one_hot:
        assert dx is None and ref_dx is None
    else:
        np.testing.assert_allclose(dx, ref_dx, rtol=1e-10, atol=0)
    for ours, ref in zip(dstate0, ref_dstate0, strict=True):
        np.testing.assert_allclose(ours, ref, rtol=1e-10, atol=0)


# the cut forms with small blocks, so that these small layers' products come in pieces:
# K = 8 as (4, 4) and (3, 2, 3), K = 32 as eight 4s and (3, 3, …, 2, 3)
FORMS = ["plain", "transposed", 2, 4, 8, product.Cut(4, 4, 1), product.Cut(3, 2, 2)]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("cell", ALL)
def test_every_form_of_the_product_matches_the_reference(monkeypatch, cell, form):
    """Each form of the per-step products (product.product_forms: plain, the other way round,
    W's columns in blocks, K in pieces), forced in both directions: the layer matches the
    naive reference, forward and backward."""
    layer = CELLS[cell]
    rng = np.random.default_rng(1)
    params, state = random_layer(rng, cell, H=8), random_state(rng, cell, H=8)
    x = rng.normal(0, 1, (T, B, I))
    dhs = rng.normal(0, 1, (T, B, 8))
    dfinal = random_state(rng, cell, H=8)  # the backward's first dh too
    monkeypatch.setattr(product, "measured_form", lambda *shape: form)
    hs, final, cache = layer.forward(params, x, state)
    ref_hs, ref_final, _ = reference.run(cell, params, x, state)
    np.testing.assert_allclose(hs, ref_hs, rtol=0, atol=1e-12)
    for ours, ref in zip(final, ref_final, strict=True):
        np.testing.assert_allclose(ours, ref, rtol=0, atol=1e-12)
    grads, dx, dstate0 = layer.backward(dhs, cache, dfinal)
    ref_grads, ref_dx, ref_dstate0 = reference.backward(cell, params, x, state, dhs, dfinal)
    for name in params:
        np.testing.assert_allclose(grads[name], ref_grads[name], rtol=1e-10, atol=0, err_msg=name)
    np.testing.assert_allclose(dx, ref_dx, rtol=1e-10, atol=0)
    for ours, ref in zip(dstate0, ref_dstate0, strict=True):
        np.testing.assert_allclose(ours, ref, rtol=1e-10, atol=0)


@pytest.mark.parametrize("batch", [2, 3, 16])
@pytest.mark.parametrize("cell", ALL)
def test_the_measured_form_never_changes_a_bit(monkeypatch, cell, batch):
    """Timing chooses only among the forms whose products are the same bits as the reference
    form's on the measurement's random values (product.form_steps). For each such form, forced
    in one direction, a float32 layer's outputs and gradients are the same bits as with the
    reference form: the measurement's check predicts the layer's bits."""
    wide = 128
    layer = CELLS[cell]
    rng = np.random.default_rng(3)
    params = {k: v.astype(np.float32) for k, v in random_layer(rng, cell, H=wide).items()}
    state = tuple(s.astype(np.float32) for s in random_state(rng, cell, B=batch, H=wide))
    x = rng.normal(0, 1, (T, batch, I)).astype(np.float32)
    dhs = rng.normal(0, 1, (T, batch, wide)).astype(np.float32)
    G = params["W_h"].shape[1]  # the forward multiplies (B, H)·(H, G), the backward (B, G)·(G, H)
    lstm = cell == "lstm"  # whose backward multiplies by a contiguous copy of W_hᵀ
    shapes = {"forward": (wide, G, False), "backward": (G, wide, not lstm)}

    def run(forms):
        def chosen(B, K, N, dtype, fortran, reference_form):  # an RNN's K = N both ways
            return forms["forward" if (K, N, fortran) == shapes["forward"] else "backward"]

        monkeypatch.setattr(product, "measured_form", chosen)
        hs, final, cache = layer.forward(params, x, state)
        grads, _, dstate0 = layer.backward(dhs, cache)
        return (hs, *final, *grads.values(), *dstate0)

    expected = run({"forward": "plain", "backward": "plain"})
    tried = 0
    for direction, (K, N, fortran) in shapes.items():
        steps = product.form_steps(batch, K, N, np.float32, fortran)
        reference_product = steps["plain"]().copy()
        for form, step in steps.items():
            if form != "plain" and product.same_bits(step(), reference_product):
                forms = {"forward": "plain", "backward": "plain", direction: form}
                for ours, other in zip(run(forms), expected, strict=True):
                    assert product.same_bits(ours, other), (direction, form)
                tried += 1
    if not tried:  # on another BLAS every other form may differ: then timing chooses nothing
        pytest.skip("no form other than the reference has its bits here")


def test_the_reference_form_is_the_product_each_cell_ran_before(monkeypatch):
    """The plain form multiplies by W as given (the other cells' backward: a transposed view
    of W_h), or with `contiguous` by a C-ordered copy (the LSTM's backward), and with `scale`
    by W's scaled columns (the LSTM's forward); the two operands' products can differ in
    rounding (here at batch 4), and the reference must keep each cell's bits."""
    rng = np.random.default_rng(5)
    W_h = rng.standard_normal((128, 512), dtype=np.float32)
    left = rng.standard_normal((4, 512), dtype=np.float32)
    h = rng.standard_normal((4, 128), dtype=np.float32)
    scale = np.repeat(np.float32([0.5, 1.0]), 256)
    monkeypatch.setattr(product, "measured_form", lambda *shape: "plain")
    for steps in (1, 5):
        view = product.recurrent_product(W_h.T, 4, steps)(left)
        assert product.same_bits(view, np.matmul(left, W_h.T))
        copy = product.recurrent_product(W_h.T, 4, steps, contiguous=True)(left)
        assert product.same_bits(copy, np.matmul(left, np.ascontiguousarray(W_h.T)))
        scaled = product.recurrent_product(W_h, 4, steps, scale=scale)(h)
        assert product.same_bits(scaled, np.matmul(h, W_h * scale))


def test_operands_the_measurement_did_not_check_run_the_reference_form(monkeypatch):
    """A strided W (numpy multiplies it without the BLAS) is never measured, and a left
    operand that is not C-ordered (a caller's initial state) runs the reference form's bits
    whatever form was measured."""

    def not_measured(*shape):
        raise AssertionError("measured")

    rng = np.random.default_rng(6)
    strided = rng.standard_normal((256, 1024), dtype=np.float32)[:, ::2]
    monkeypatch.setattr(product, "measured_form", not_measured)
    product.recurrent_product(strided, 8, 5)  # no measurement
    W = rng.standard_normal((256, 256), dtype=np.float32)
    left = np.asfortranarray(rng.standard_normal((8, 256), dtype=np.float32))
    for reference_form, other in (("plain", "transposed"), ("transposed", "plain")):
        monkeypatch.setattr(product, "measured_form", lambda *shape, form=other: form)
        measured = product.recurrent_product(W, 8, 5, reference_form == "transposed")
        expected = product.product_in_form(reference_form, W, 8)(left)
        assert product.same_bits(measured(left), expected)
        c_left = np.ascontiguousarray(left)  # the measured form's
        assert product.same_bits(measured(c_left), product.product_in_form(other, W, 8)(c_left))


def test_the_form_rule_times_only_bit_equal_forms(monkeypatch):
    """fastest_form: the fastest of the forms whose products are the same bits as the
    reference's, timed in turns (on a clock that each call moves on by its cost); the
    reference when no other form has its bits, however fast one runs."""
    now = [0.0]

    def way(result, seconds):
        def run():
            now[0] += seconds
            return np.array(result, dtype=np.float32)

        return run

    def fastest(ways, reference_form):
        return product.fastest_form(ways, reference_form, clock=lambda: now[0])

    same, slow, quick, quickest = [1.0, 2.0], 3e-4, 2e-4, 1e-4
    assert fastest({"plain": way(same, slow), 2: way(same, quick)}, "plain") == 2
    assert fastest({"plain": way(same, quick), 2: way(same, slow)}, "plain") == "plain"
    three = {"plain": way(same, slow), 2: way(same, quickest), 4: way(same, quick)}
    assert fastest(three, "plain") == 2
    off_by_one_bit = [1.0, np.nextafter(np.float32(2.0), np.float32(3.0))]
    for other in (off_by_one_bit, [-0.0, 2.0]):
        for reference_form in ("plain", "transposed"):
            ways = {reference_form: way([0.0, 2.0] if other[0] == 0 else same, slow)}
            ways[4] = way(other, quickest)
            assert fastest(ways, reference_form) == reference_form
    # every form of each product forms one sum: base (B, N) + left·W
    for K, N in ((256, 1024), (1024, 256)):
        steps = product.form_steps(6, K, N, np.float64, fortran=False)
        assert list(steps) == product.product_forms(K, N)
        assert list(steps)[:5] == ["plain", "transposed", 2, 4, 8]
        cuts = [product.blas_pieces(K, f.depth, f.unroll) for f in list(steps)[5:] if f.blocks == 1]
        assert len(set(cuts)) == len(cuts) >= 1  # each way of cutting K once
        assert all(len(pieces) > 1 and sum(pieces) == K for pieces in cuts)
        result = steps["plain"]().copy()
        assert result.shape == (6, N)
        for step in steps.values():
            np.testing.assert_allclose(step(), result, rtol=1e-12, atol=1e-12)
    assert product.product_forms(6, 6) == ["plain", "transposed", 2]
    # a product too small to be worth timing runs in the reference form, untimed; from
    # MEASURED_MIN_MACS multiply-adds up, it is timed
    timed = []
    monkeypatch.setattr(product, "fastest_form", lambda ways, ref: timed.append(ref) or ref)
    measure = product.measured_form.__wrapped__  # without the cache of earlier shapes
    small = product.MEASURED_MIN_MACS // (8 * 32)
    for reference_form in ("plain", "transposed"):
        assert measure(8, small - 1, 32, "<f4", False, reference_form) == reference_form
    assert not timed
    measure(8, small, 32, "<f4", False, "transposed")
    assert timed == ["transposed"]


@pytest.mark.parametrize("cell", ALL)
def test_one_hot_ids_equal_one_hot_vectors(cell):
    rng = np.random.default_rng(1)
    params, state = random_layer(rng, cell), random_state(rng, cell)
    ids = rng.integers(0, I, (T, B))
    hs_ids, _, _ = CELLS[cell].forward(params, ids, state)
    hs_vec, _, _ = CELLS[cell].forward(params, np.eye(I)[ids], state)
    np.testing.assert_allclose(hs_ids, hs_vec, rtol=0, atol=1e-12)


@pytest.mark.parametrize("one_hot", [False, True])
@pytest.mark.parametrize("cell", ALL)
def test_cell_gradient_check(cell, one_hot):
    """Loss = random weighted sum of every h_t plus of every part of the final state."""
    layer = CELLS[cell]
    rng = np.random.default_rng(2)
    params, state = random_layer(rng, cell), random_state(rng, cell)
    x = rng.integers(0, I, (T, B)) if one_hot else rng.normal(0, 1, (T, B, I))
    w_hs = rng.normal(size=(T, B, H))
    w_final = tuple(rng.normal(size=(B, H)) for _ in layer.STATE)

    def loss():
        hs, final, _ = layer.forward(params, x, state)
        return np.sum(w_hs * hs) + sum(np.sum(w * s) for w, s in zip(w_final, final, strict=True))

    _, _, cache = layer.forward(params, x, state)
    grads, dx, dstate0 = layer.backward(w_hs, cache, w_final)
    assert set(grads) == set(params)
    for name in params:
        assert max_relative_error(grads[name], numeric_gradient(loss, params[name])) <= 1e-6, name
    for analytic, initial in zip(dstate0, state, strict=True):
        assert max_relative_error(analytic, numeric_gradient(loss, initial)) <= 1e-6
    if not one_hot:
        assert max_relative_error(dx, numeric_gradient(loss, x)) <= 1e-6


@pytest.mark.parametrize("cell", ALL)
def test_split_sequence_equals_whole(cell):
    layer = CELLS[cell]
    rng = np.random.default_rng(5)
    params, state = random_layer(rng, cell), random_state(rng, cell)
    x = rng.normal(0, 1, (2 * T, B, I))
    whole, final, _ = layer.forward(params, x, state)
    first, mid_state, _ = layer.forward(params, x[:T], state)
    second, final2, _ = layer.forward(params, x[T:], mid_state)
    np.testing.assert_array_equal(np.concatenate([first, second]), whole)
    for a, b in zip(final, final2, strict=True):
        np.testing.assert_array_equal(a, b)


def random_model(cell, V, layers, hidden, embed_dim=0, dropout=0.0, seed=3):
    rng = np.random.default_rng(seed)
    config = ModelConfig(
        cell=cell,
        layers=layers,
        hidden=hidden,
        embed_dim=embed_dim,
        dropout=dropout,
        dtype="float64",
        init_scale=0.5,
    )
    net = Model.init(config, V, rng)
    for value in net.params.values():  # random biases too: zero biases hide bugs
        value[...] = rng.normal(0, 0.5, value.shape)
    return net, rng


@pytest.mark.parametrize("embed_dim", [0, 3])
@pytest.mark.parametrize("cell", ALL)
def test_model_gradient_check(cell, embed_dim):
    """Every parameter of a 2-layer model with head (and embedding), and the initial states,
    with a masked-out position (the last window of an epoch)."""
    V = 7
    net, rng = random_model(cell, V, layers=2, hidden=5, embed_dim=embed_dim)
    params = net.params
    state = [random_state(rng, cell, 2, 5) for _ in range(2)]
    inputs, targets = rng.integers(0, V, (4, 2)), rng.integers(0, V, (4, 2))
    mask = np.ones((4, 2), bool)
    mask[3, 1] = False
    w_state = [tuple(rng.normal(size=(2, 5)) for _ in s) for s in state]

    def loss():
        value, _, final, _ = net.loss_and_grads(inputs, targets, state, mask=mask)
        return value + sum(
            np.sum(w * s)
            for ws, fs in zip(w_state, final, strict=True)
            for w, s in zip(ws, fs, strict=True)
        )

    _, grads, _, dstate0 = net.loss_and_grads(inputs, targets, state, dstate=w_state, mask=mask)
    assert set(grads) == set(params)
    for name, value in params.items():
        assert max_relative_error(grads[name], numeric_gradient(loss, value)) <= 1e-6, name
    for l, layer_state in enumerate(state):
        for analytic, initial in zip(dstate0[l], layer_state, strict=True):
            assert max_relative_error(analytic, numeric_gradient(loss, initial)) <= 1e-6


def test_mask_excludes_positions_from_the_loss():
    net, rng = random_model("lstm", 6, layers=1, hidden=4)
    inputs, targets = rng.integers(0, 6, (3, 2)), rng.integers(0, 6, (3, 2))
    state = net.zero_state(2)
    mask = np.array([[1, 1], [1, 0], [1, 0]], bool)
    masked, _, _, _ = net.loss_and_grads(inputs, targets, state, mask=mask)
    nll, _ = net.sequence_nll(inputs, targets, state)
    assert np.isclose(masked, nll[mask].mean())


def test_dropout_gradient_check():
    """With a fixed dropout mask (same rng seed each call) the gradient is still exact."""
    V = 6
    net, rng = random_model("lstm", V, layers=3, hidden=4, dropout=0.3, seed=4)
    state = net.zero_state(2)
    inputs, targets = rng.integers(0, V, (3, 2)), rng.integers(0, V, (3, 2))

    def run():
        masks = model.dropout_masks(np.random.default_rng(9), 0.3, 3, (3, 2, 4), np.float64)
        return net.loss_and_grads(inputs, targets, state, masks=masks)

    _, grads, _, _ = run()
    for name, value in net.params.items():
        numeric = numeric_gradient(lambda: run()[0], value)
        assert max_relative_error(grads[name], numeric) <= 1e-6, name


@pytest.mark.parametrize("cell", ALL)
def test_model_split_sequence_equals_whole(cell):
    V = 9
    net, rng = random_model(cell, V, layers=2, hidden=8, seed=6)
    inputs, targets = rng.integers(0, V, (10, 3)), rng.integers(0, V, (10, 3))
    state = net.zero_state(3)
    whole, _ = net.sequence_nll(inputs, targets, state)
    first, mid = net.sequence_nll(inputs[:4], targets[:4], state)
    second, _ = net.sequence_nll(inputs[4:], targets[4:], mid)
    np.testing.assert_allclose(np.concatenate([first, second]), whole, rtol=0, atol=1e-12)


@pytest.mark.parametrize("cell", ALL)
def test_float32_stays_float32(cell):
    rng = np.random.default_rng(7)
    net = Model.init(ModelConfig(cell=cell), 11, rng)
    inputs, targets = rng.integers(0, 11, (6, 4)), rng.integers(0, 11, (6, 4))
    state = net.zero_state(4)
    _, grads, state, _ = net.loss_and_grads(inputs, targets, state)
    assert all(g.dtype == np.float32 for g in grads.values())
    assert all(a.dtype == np.float32 for layer_state in state for a in layer_state)


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
    np.testing.assert_allclose(common.scatter_add_rows(ids, values, 50), expected, atol=1e-12)
    monkeypatch.setattr(common, "ONE_HOT_LIMIT", 0)  # force the sorted segment-sum path
    np.testing.assert_allclose(common.scatter_add_rows(ids, values, 50), expected, atol=1e-12)


@pytest.mark.parametrize("scaled", [False, True])
def test_the_input_table_gives_the_row_lookups_bits(scaled):
    """project_input's table (W_x + b)·s, looked up, equals the lookup with b added and
    scaled afterwards bit for bit (float32, as training runs), so using it changes no run."""
    rng = np.random.default_rng(11)
    V, G = 7, 24
    W_x = rng.normal(0, 1, (V, G)).astype(np.float32)
    b = rng.normal(0, 1, G).astype(np.float32)
    scale = rng.uniform(0.3, 1.0, G).astype(np.float32) if scaled else None
    ids = rng.integers(0, V, (5, 3))  # 15 lookups ≥ 7 rows: the table
    plain = W_x[ids]  # the lookup, then the bias, then the scale: the code before the table
    plain += b
    if scaled:
        plain *= scale
    np.testing.assert_array_equal(common.project_input(W_x, b, ids, scale), plain)


CELLS_WITH_A_STEP = [name for name in ALL if hasattr(CELLS[name], "stepper")]


@pytest.mark.parametrize("one_hot", [False, True])
@pytest.mark.parametrize("batch", [1, 3, 80])  # 80 ids: more than V, the input table's path
@pytest.mark.parametrize("cell", CELLS_WITH_A_STEP)
def test_a_cells_step_gives_forwards_bits(cell, batch, one_hot):
    """A cell's generation step (cell.stepper) equals its forward at T = 1, bit for bit,
    step after step, in float32 with random biases and a random start state."""
    rng = np.random.default_rng(11)
    V = 50
    layer = CELLS[cell]
    params = {
        k: v.astype(np.float32) for k, v in random_layer(rng, cell, I=V if one_hot else I).items()
    }
    state_step = state_forward = tuple(
        s.astype(np.float32) for s in random_state(rng, cell, B=batch)
    )
    step = layer.stepper(params)
    for _ in range(4):
        x = (
            rng.integers(0, V, batch)
            if one_hot
            else rng.standard_normal((batch, I)).astype(np.float32)
        )
        kept = [a.copy() for a in state_step]  # a caller may keep the state it passed in
        previous = state_step
        h_step, state_step = step(x, state_step)
        hs, state_forward, _ = layer.forward(params, x[None], state_forward)
        for a, b in zip(previous, kept, strict=True):
            assert np.array_equal(a, b)
        assert h_step.dtype == np.float32
        assert np.array_equal(h_step, hs[0])
        for a, b in zip(state_step, state_forward, strict=True):
            assert np.array_equal(a, b)


def test_the_lstm_has_a_step():
    """Generation takes the LSTM's lean step (Model.stepper): the rate docs/speed.md gives
    for sampling is measured with it."""
    assert "lstm" in CELLS_WITH_A_STEP


@pytest.mark.parametrize("embed_dim", [0, 3])
@pytest.mark.parametrize("cell", ALL)
def test_the_stepper_gives_the_forwards_logits(cell, embed_dim):
    """Model.stepper (the step generation, beam search and endings run) equals the model's
    forward over the same ids, one character at a time, bit for bit."""
    net, rng = random_model(cell, V=11, layers=2, hidden=6, embed_dim=embed_dim)
    net.params = {k: v.astype(np.float32) for k, v in net.params.items()}
    ids = rng.integers(0, 11, (7, 2))
    logits, _, _ = net.forward(ids, net.zero_state(2))
    one_step, state = net.stepper(), net.zero_state(2)
    for t in range(len(ids)):
        step_logits, state = one_step(ids[t], state)
        assert np.array_equal(step_logits, logits[t])


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("shape", [(128, 512), (100, 400), (3, 128)])
def test_a_c_ordered_copy_has_the_views_values(shape, dtype):
    """product.c_ordered: a transposed W (the LSTM's backward operand), plain or times a
    factor, copied by way of padded rows where W's rows lie a multiple of 512 bytes apart
    ((128, 512) and (3, 128) in float32 and float64) and straight otherwise: the same values
    in C order either way."""
    rng = np.random.default_rng(12)
    W = rng.standard_normal(shape).astype(dtype)
    factor = rng.standard_normal(shape[0]).astype(dtype)
    copy = product.c_ordered(W.T)
    assert copy.flags.c_contiguous and product.same_bits(copy, np.ascontiguousarray(W.T))
    scaled = product.c_ordered(W.T, factor)
    assert scaled.flags.c_contiguous and product.same_bits(scaled, W.T * factor)


def test_blas_pieces_follow_openblas_rule():
    """blas_pieces: whole blocks while two or more remain, then the rest in near halves,
    the first rounded up to the unrolling; one piece where K fits a block. (620 and 1,000
    are cut so by the OpenBLAS 0.3.31 kernel of this project's AMD EPYC, depth 448, unroll
    16: summing those pieces gave its plain product's bits, and the halves without the
    rounding did not.)"""
    assert product.blas_pieces(620, 448, 16) == (320, 300)
    assert product.blas_pieces(1000, 448, 16) == (448, 288, 264)
    assert product.blas_pieces(512, 448, 32) == (256, 256)
    assert product.blas_pieces(1024, 448, 32) == (448, 288, 288)
    assert product.blas_pieces(2048, 448, 32) == (448, 448, 448, 352, 352)
    assert product.blas_pieces(8, 3, 2) == (3, 2, 3)
    assert product.blas_pieces(300, 448, 4) == (300,)


@pytest.mark.parametrize("scaled", [False, True])
def test_a_cut_form_adds_its_pieces_in_order(scaled):
    """A cut form's product is its pieces' products added in order, as OpenBLAS adds its
    pieces: the first piece's product 2^24 plus the second's 1 rounds back to 2^24 in
    float32, so that the last piece's −2^24 leaves 0 in that order, where −2^24 + 1 is exact
    and leaves 1 in the reverse order (each piece's own product is exact). For W C-ordered
    or a transposed view, with or without a power-of-two scale on its columns; and on
    random values, the plain product's to rounding."""
    rng = np.random.default_rng(13)
    K, N, B = 40, 24, 5
    scale = np.float32(2.0) ** rng.integers(-2, 3, N).astype(np.float32) if scaled else None
    column = np.ones(N, np.float32) if scale is None else scale
    for form in (product.Cut(16, 4, 1), product.Cut(12, 4, 2), product.Cut(7, 2, 4)):
        starts = np.cumsum((0, *product.blas_pieces(K, form.depth, form.unroll)))
        assert len(starts) > 3  # three pieces or more
        left = np.zeros((B, K), np.float32)
        left[:, starts[0]], left[:, starts[1]], left[:, starts[-2]] = 2.0**24, 1.0, -(2.0**24)
        W = np.ones((K, N), np.float32)
        random_left = rng.standard_normal((B, K), dtype=np.float32)
        random_W = rng.standard_normal((K, N), dtype=np.float32)
        for w, r in ((W, random_W), (np.ascontiguousarray(W.T).T, np.asfortranarray(random_W))):
            cut = product.product_in_form(form, w, B, scale)
            assert product.same_bits(cut(left), np.zeros((B, N), np.float32)), form
            expected = random_left @ (random_W * column)
            np.testing.assert_allclose(
                product.product_in_form(form, r, B, scale)(random_left),
                expected,
                rtol=1e-5,
                atol=1e-5,
            )
