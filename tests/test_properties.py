"""Property-based tests (hypothesis): vocabulary, checkpoints, batch streams, sampling."""

import json

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from charlstm import checkpoint, train
from charlstm.batches import Streams
from charlstm.config import Config, ModelConfig, TrainConfig
from charlstm.model import Model
from charlstm.sample import generate, next_distribution
from charlstm.text import Vocab

# Any Unicode scalar value (surrogates cannot appear in UTF-8 text).
unicode_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1)


@given(unicode_text)
def test_vocab_round_trip(text):
    vocab = Vocab.from_text(text)
    ids = vocab.encode(text)
    assert vocab.decode(ids) == text
    assert int(ids.max()) < len(vocab) and ids.dtype.itemsize <= 4
    assert Vocab(vocab.chars) == vocab  # as stored in a checkpoint's meta


@given(
    n=st.integers(2, 400),
    batch_size=st.integers(1, 9),
    seq_len=st.integers(1, 17),
)
def test_streams_cover_every_character_once_per_epoch(n, batch_size, seq_len):
    if n < batch_size * seq_len + 1:
        return
    ids = np.arange(n, dtype=np.uint32)  # each id is its own position
    streams = Streams(ids, batch_size, seq_len)
    seen = []
    for k in range(streams.batches_per_epoch):
        inputs, targets, mask = streams.window(k)
        assert inputs.shape == targets.shape and inputs.shape[1] == batch_size
        valid = np.ones(inputs.shape, bool) if mask is None else mask
        assert np.all(targets[valid] == inputs[valid] + 1)
        seen.append(inputs[valid])
        if k < streams.batches_per_epoch - 1:
            assert inputs.shape[0] == seq_len and mask is None
    assert sorted(np.concatenate(seen).tolist()) == list(range(n - 1))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    layers=st.integers(1, 3),
    hidden=st.integers(1, 6),
    embed_dim=st.integers(0, 4),
    vocab_size=st.integers(1, 8),
    optimizer=st.sampled_from(["adam", "rmsprop", "sgd"]),
    dtype=st.sampled_from(["float32", "float64"]),
    batch_size=st.integers(1, 4),
    seed=st.integers(0, 2**32 - 1),
)
def test_checkpoint_round_trip(
    tmp_path, layers, hidden, embed_dim, vocab_size, optimizer, dtype, batch_size, seed
):
    config = Config(
        model=ModelConfig(layers=layers, hidden=hidden, embed_dim=embed_dim, dtype=dtype),
        train=TrainConfig(optimizer=optimizer, batch_size=batch_size, seed=seed),
    )
    vocab = Vocab([chr(0x61 + i) for i in range(vocab_size)])
    state = train.new_state(config, vocab_size)
    state.step, state.epoch, state.batch, state.best_val = 7, 2, 3, 1.25
    state.rng.random(5)
    path = tmp_path / "c.npz"
    checkpoint.save(str(path), state, config, vocab, {"sha256": "x"})
    loaded = checkpoint.load(str(path))
    again = checkpoint.training_state(loaded)
    assert loaded.config == config and loaded.vocab == vocab
    assert again.model.cell == state.model.cell
    for key, value in state.model.params.items():
        assert again.model.params[key].dtype == value.dtype
        np.testing.assert_array_equal(again.model.params[key], value)
    for key, value in state.optim.items():
        np.testing.assert_array_equal(again.optim[key], value)
    for (h, c), (h2, c2) in zip(state.carried, again.carried, strict=True):
        np.testing.assert_array_equal(h, h2)
        np.testing.assert_array_equal(c, c2)
    assert (again.step, again.epoch, again.batch, again.best_val) == (7, 2, 3, 1.25)
    assert again.rng.random() == state.rng.random()
    with np.load(path, allow_pickle=False) as npz:
        assert json.loads(str(npz["meta"]))["version"] == 1


_model = Model.init(ModelConfig(layers=1, hidden=4), 6, np.random.default_rng(0))


@settings(max_examples=200, deadline=None)
@given(
    logits=st.lists(st.floats(-1e4, 1e4), min_size=6, max_size=6),
    temperature=st.floats(1e-300, 1e6),
    top_k=st.integers(0, 8),
    top_p=st.floats(1e-9, 1.0),
    draw=st.floats(0, 1, exclude_max=True),
)
def test_sampling_stays_in_vocabulary(logits, temperature, top_k, top_p, draw):
    probs = next_distribution(np.array(logits, dtype=np.float32), temperature, top_k, top_p)
    assert probs.shape == (6,) and np.all(np.isfinite(probs)) and np.all(probs >= 0)
    assert abs(probs.sum() - 1) < 1e-9
    if top_k:
        assert np.count_nonzero(probs) <= top_k
    rng = np.random.default_rng(int(draw * 2**32))
    ids = list(generate(_model, np.array([1, 2]), 5, rng, temperature, top_k, top_p))
    assert all(0 <= i < 6 for i in ids)
