"""eval's scoring layout (evaluate.score): more streams for a long text, workers, one BLAS
thread; the result stays that of the plain 16-stream layout to float noise."""

import numpy as np
import pytest
from click.testing import CliRunner

from charlstm import evaluate, resources
from charlstm.cli import main
from charlstm.config import ModelConfig
from charlstm.model import Model


@pytest.fixture(scope="module")
def long_text_model():
    """A random 2 × 16 LSTM (biases random too) and 40,000 ids of a 12-symbol text."""
    rng = np.random.default_rng(3)
    net = Model.init(ModelConfig(layers=2, hidden=16), 12, rng)
    ids = rng.integers(0, 12, 40_001)
    return net, ids


def test_long_text_uses_more_streams_same_loss(long_text_model):
    net, ids = long_text_model
    burn_in = 32
    S = evaluate.auto_streams(len(ids) - 1, burn_in)
    assert S > 16  # the case under test: more streams than the plain layout
    plain = evaluate.total_nll(net, ids, 16, 256, burn_in)
    wide = evaluate.score(net, ids, "auto", burn_in, workers=1)
    assert wide[1] == plain[1] == len(ids) - 1
    np.testing.assert_allclose(wide[0], plain[0], rtol=2e-6)


def test_score_with_workers_equals_one_process(long_text_model):
    net, ids = long_text_model
    one = evaluate.score(net, ids, 24, 32, workers=1)
    two = evaluate.score(net, ids, 24, 32, workers=2)
    assert one[1] == two[1]
    np.testing.assert_allclose(two[0], one[0], rtol=1e-6)


@pytest.mark.skipif(resources.blas_threads_now() is None, reason="no OpenBLAS")
def test_score_runs_on_one_blas_thread(long_text_model, monkeypatch):
    net, ids = long_text_model
    seen = []
    original = Model.sequence_nll

    def recording(self, *args):
        seen.append(resources.blas_threads_now())
        return original(self, *args)

    monkeypatch.setattr(Model, "sequence_nll", recording)
    previous = resources.set_blas_threads(2)
    try:
        evaluate.score(net, ids[:2000], 4, 32, workers=1)
    finally:
        resources.set_blas_threads(previous)
    assert seen and set(seen) == {1}


def test_auto_streams_bounds():
    assert evaluate.auto_streams(1000, 256) == evaluate.MIN_STREAMS
    assert evaluate.auto_streams(10**8, 256) == evaluate.MAX_STREAMS
    assert evaluate.auto_streams(40 * 16 * 256, 256) == 40


@pytest.mark.parametrize("option", ["--streams", "--workers"])
@pytest.mark.parametrize("value", ["0", "many"])
def test_eval_counts_are_checked(trained, option, value):
    out, _ = trained
    r = CliRunner().invoke(main, ["eval", f"{out}/best.npz", option, value])
    assert r.exit_code == 2 and f"{value!r} is not a count of at least 1 or auto" in r.stderr


def test_eval_default_equals_plain_layout(trained):
    """On a short text the default (auto) is the plain 16-stream, one-process layout."""
    out, _ = trained
    runner = CliRunner()
    default = runner.invoke(main, ["eval", f"{out}/best.npz", "--json"])
    plain = runner.invoke(
        main, ["eval", f"{out}/best.npz", "--streams", "16", "--workers", "1", "--json"]
    )
    assert default.exit_code == 0 and plain.exit_code == 0, default.output
    assert default.stdout == plain.stdout
