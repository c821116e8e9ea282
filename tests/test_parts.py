"""Small pieces: text and vocabulary, batches, config, optimizer, sampling filters."""

import numpy as np
import pytest

from charlstm import config, optim
from charlstm.batches import FreshStarts, Streams, Windows, rows_after, split
from charlstm.errors import CharlstmError
from charlstm.sample import next_distribution
from charlstm.text import Vocab, read_text


def test_vocab_round_trip_non_ascii(tmp_path):
    text = "naïve café — 東京, ünïcödé ☃\n"
    path = tmp_path / "t.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    read = read_text(path)
    assert read == text  # byte-order mark dropped
    vocab = Vocab.from_text(read)
    assert vocab.chars == sorted(set(text))
    ids = vocab.encode(read)
    assert ids.dtype == np.uint8
    assert vocab.decode(ids) == text


def test_id_dtype_grows_with_vocabulary():
    text = "".join(chr(0x4E00 + i) for i in range(300))
    assert Vocab.from_text(text).encode(text).dtype == np.uint16


def test_unknown_skip_drops_only_unknown():
    vocab = Vocab.from_text("abc")
    assert vocab.decode(vocab.encode("aXbYc", unknown="skip")) == "abc"
    with pytest.raises(CharlstmError, match="'X', 'Y'"):
        vocab.encode("aXbYc")


def test_streams_are_contiguous_and_carry_over():
    ids = np.arange(1001) % 251
    streams = Streams(ids.astype(np.uint8), batch_size=4, seq_len=30)
    assert streams.batches_per_epoch == 9  # 250 per stream: 8 windows of 30 and one of 10
    windows = [streams.window(k) for k in range(streams.batches_per_epoch)]
    assert all(mask is None for _, _, mask in windows)  # 1000 predictions = 4 × 250
    inputs = np.concatenate([x for x, _, _ in windows])  # (250, 4)
    targets = np.concatenate([y for _, y, _ in windows])
    for b in range(4):
        np.testing.assert_array_equal(inputs[:, b], ids[b * 250 : (b + 1) * 250])
        np.testing.assert_array_equal(targets[:, b], ids[b * 250 + 1 : (b + 1) * 250 + 1])


def test_windows_are_random_places_in_the_text():
    """train.order windows: each batch is B windows of T + 1 consecutive characters at
    places drawn from the run's generator, anywhere from the first to the last possible
    start; the same seed draws the same windows, and an epoch has as many batches as the
    streams make."""
    ids = np.arange(1001)  # an id is its own position
    windows = Windows(ids, 4, 30, np.random.default_rng(7))
    assert windows.batches_per_epoch == Streams(ids, 4, 30).batches_per_epoch
    assert not windows.carries_state and Streams(ids, 4, 30).carries_state
    batches = [windows.window(k) for k in range(3000)]
    for inputs, targets, mask in batches:
        assert inputs.shape == targets.shape == (30, 4) and mask is None
        np.testing.assert_array_equal(inputs, inputs[0] + np.arange(30)[:, None])
        np.testing.assert_array_equal(targets, inputs + 1)
    starts = np.concatenate([inputs[0] for inputs, _, _ in batches])
    assert starts.min() == 0 and starts.max() == 1000 - 30  # the last window ends the text
    assert len(set(starts.tolist())) == 971  # every possible start, at 12,000 draws
    same_seed = Windows(ids, 4, 30, np.random.default_rng(7))
    np.testing.assert_array_equal(same_seed.window(0)[0], batches[0][0])


def test_fresh_rows_start_at_line_starts_from_a_zero_state():
    """train.fresh_rows F: the first B − F rows are the streams of B − F rows, and the last F
    read T + 1 consecutive characters from a line start (after id 0, the newline, or the
    text's start) drawn from the run's generator, each from a zero state; the streams keep
    their carried state."""
    ids = np.arange(1, 902)  # an id is its position + 1 ...
    ids[14::15] = 0  # ... but for a newline every 15 characters
    fresh = FreshStarts(ids, 6, 20, 2, 0, np.random.default_rng(5))
    streams = Streams(ids, 4, 20)
    assert fresh.batches_per_epoch == streams.batches_per_epoch
    starts = []
    for _ in range(40):  # epochs
        for k in range(fresh.batches_per_epoch):
            inputs, targets, mask = fresh.window(k)
            expected = streams.window(k)
            np.testing.assert_array_equal(inputs[:, :4], expected[0])
            np.testing.assert_array_equal(targets[:, :4], expected[1])
            assert (mask is None) == (expected[2] is None)
            for row in (4, 5):
                start = int(inputs[0, row]) - 1  # a line's first character is no newline
                assert start == 0 or ids[start - 1] == 0
                np.testing.assert_array_equal(inputs[:, row], ids[start : start + len(inputs)])
                np.testing.assert_array_equal(
                    targets[:, row], ids[start + 1 : start + 1 + len(inputs)]
                )
                starts.append(start)
    assert set(starts) == {0, *range(15, 900 - 21, 15)}  # every line start that fits
    carried = [(np.ones((6, 3)), np.full((6, 3), 2.0))]
    zero = [(np.zeros((6, 3)), np.zeros((6, 3)))]
    h, c = fresh.start_state(carried, zero)[0]
    assert (h[:4] == 1).all() and (c[:4] == 2).all() and not h[4:].any() and not c[4:].any()


def test_late_fresh_rows_join_the_same_streams_after_their_step():
    """train.late_fresh_rows L after step S: the batches after S finished steps have L fresh
    rows beside the same B − F streams (B − F + L rows), before it F; the streams' carried
    state is kept across the change in both directions, and the fresh rows read from zero."""
    ids = np.arange(1, 902)
    ids[14::15] = 0  # a newline every 15 characters
    fresh = FreshStarts(ids, 6, 20, 2, 0, np.random.default_rng(5), late=3, late_after=5)
    streams = Streams(ids, 4, 20)
    assert [fresh.rows(step) for step in (0, 4, 5, 9)] == [6, 6, 7, 7]
    for step in range(10):
        k = step % fresh.batches_per_epoch
        inputs, targets, mask = fresh.window(k, step)
        assert inputs.shape[1] == targets.shape[1] == (6 if step < 5 else 7)
        np.testing.assert_array_equal(inputs[:, :4], streams.window(k)[0])
        for row in range(4, inputs.shape[1]):
            start = int(inputs[0, row]) - 1
            assert start == 0 or ids[start - 1] == 0
            np.testing.assert_array_equal(inputs[:, row], ids[start : start + len(inputs)])
    for before, after in ((6, 7), (7, 6)):  # the step of the change, and a shrinking schedule
        carried = [(np.ones((before, 3)), np.full((before, 3), 2.0))]
        zero = [(np.zeros((after, 3)), np.zeros((after, 3)))]
        h, c = fresh.start_state(carried, zero)[0]
        assert h.shape == c.shape == (after, 3)
        assert (h[:4] == 1).all() and (c[:4] == 2).all() and not h[4:].any() and not c[4:].any()


def test_the_carried_state_has_the_rows_of_the_last_batch():
    """What a checkpoint's carried state must hold (checkpoint.load checks it): the rows of
    batch `step`, whose fresh rows were counted after step − 1 steps; before the first step
    the zero state of train.batch_size rows."""
    values = {"batch_size": 6, "fresh_rows": 2, "late_fresh_rows": 3, "late_fresh_rows_after": 5}
    late = config.from_dict({"train": values}).train
    assert [rows_after(late, step) for step in (0, 1, 5, 6, 40)] == [6, 6, 6, 7, 7]
    from_start = config.from_dict({"train": {**values, "late_fresh_rows_after": 0}}).train
    assert [rows_after(from_start, step) for step in (0, 1, 2)] == [6, 7, 7]


def test_split_is_contiguous():
    train, val = split(np.arange(100), 0.1)
    assert list(train) == list(range(90)) and list(val) == list(range(90, 100))


def test_overrides_and_yaml(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("model:\n  hidden: 64  # why\ntrain:\n  lr: 1e-3\n", encoding="utf-8")
    cfg = config.resolve(str(path), ["model.layers=3", "data.path=123", "model.dropout=0.5"])
    assert (cfg.model.hidden, cfg.model.layers, cfg.train.lr) == (64, 3, 0.001)
    assert cfg.data.path == "123" and cfg.model.dropout == 0.5


@pytest.mark.parametrize("pair", ["model.init_scale=.inf", "train.lr=nan", "train.lr=-1"])
def test_non_finite_or_invalid_floats_are_refused(pair):
    with pytest.raises(CharlstmError):
        config.resolve(None, [pair])


def test_clip_norm_of_huge_float32_gradients_is_finite():
    grads = {"a": np.full(4, 1e20, dtype=np.float32)}
    norm = optim.clip_by_global_norm(grads, 5.0)
    assert np.isfinite(norm) and np.isclose(norm, 2e20)
    assert np.isclose(np.linalg.norm(grads["a"].astype(np.float64)), 5.0, rtol=1e-5)


@pytest.mark.parametrize("name", ["adam", "rmsprop", "sgd"])
def test_optimizers_minimise_a_quadratic(name):
    cfg = config.TrainConfig(optimizer=name, lr=0.05 if name != "sgd" else 0.01)
    target = np.array([1.0, -2.0, 3.0])
    params = {"w": np.zeros(3)}
    state = optim.init_state(name, params)
    for step in range(1, 2001):
        optim.update(cfg, params, {"w": 2 * (params["w"] - target)}, state, step)
    np.testing.assert_allclose(params["w"], target, atol=1e-2)


def test_learning_rate_decay():
    cfg = config.TrainConfig(lr=1.0, lr_decay=0.5, lr_decay_every=10)
    assert [optim.learning_rate(cfg, s) for s in (0, 9, 10, 25)] == [1.0, 1.0, 0.5, 0.25]


def test_top_k_keeps_exactly_k_even_with_ties():
    probs = next_distribution(np.array([1.0, 1.0, 1.0, 0.0]), top_k=1)
    assert np.count_nonzero(probs) == 1


def test_top_p_keeps_smallest_prefix():
    logits = np.log(np.array([0.5, 0.3, 0.15, 0.05]))
    probs = next_distribution(logits, top_p=0.75)
    np.testing.assert_allclose(probs, [0.5 / 0.8, 0.3 / 0.8, 0, 0])


def test_tiny_temperature_is_greedy_not_nan():
    probs = next_distribution(np.array([0.1, 3.0, 2.9]), temperature=1e-300)
    np.testing.assert_array_equal(probs, [0.0, 1.0, 0.0])


@pytest.mark.parametrize("optimizer", ["adam", "rmsprop", "sgd"])
def test_a_doubled_bias_rate_trains_as_two_biases_do(optimizer):
    """PyTorch's nn.LSTM keeps two biases per gate that get the same gradient. After any
    number of steps their sum equals charlstm's one fused bias trained with
    train.bias_lr_scale 2; every other parameter, the head's bias included, learns at lr."""
    rng = np.random.default_rng(0)
    W, b_ih, b_hh, head_b = (rng.standard_normal(s) for s in ((3, 8), 8, 8, 5))
    two = {
        "layers.0.W_h": W.copy(),
        "layers.0.b_ih": b_ih.copy(),
        "layers.0.b_hh": b_hh.copy(),
        "head.b": head_b.copy(),
    }
    one = {"layers.0.W_h": W.copy(), "layers.0.b": b_ih + b_hh, "head.b": head_b.copy()}
    two_config = config.TrainConfig(optimizer=optimizer, lr=0.01)
    one_config = config.TrainConfig(optimizer=optimizer, lr=0.01, bias_lr_scale=2.0)
    two_state, one_state = optim.init_state(optimizer, two), optim.init_state(optimizer, one)
    for step in range(1, 21):
        g_W, g_b, g_head = (rng.standard_normal(s) for s in ((3, 8), 8, 5))
        two_grads = {
            "layers.0.W_h": g_W,
            "layers.0.b_ih": g_b,
            "layers.0.b_hh": g_b,
            "head.b": g_head,
        }
        optim.update(two_config, two, two_grads, two_state, step)
        one_grads = {"layers.0.W_h": g_W, "layers.0.b": g_b, "head.b": g_head}
        optim.update(one_config, one, one_grads, one_state, step)
    np.testing.assert_allclose(one["layers.0.b"], two["layers.0.b_ih"] + two["layers.0.b_hh"])
    np.testing.assert_array_equal(one["layers.0.W_h"], two["layers.0.W_h"])
    np.testing.assert_array_equal(one["head.b"], two["head.b"])
    assert not np.allclose(one["layers.0.b"], b_ih + b_hh)  # the biases did move
