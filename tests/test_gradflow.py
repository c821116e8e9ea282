"""charlstm gradflow: ∂loss_t/∂h_{t−k} from the cells' backward, checked against finite
differences, vanishing in a small-weight RNN and not in a remembering LSTM; the command."""

import json
import sys

import numpy as np
import pytest

from charlstm import checkpoint, gradflow, train
from charlstm.cells import CELLS
from charlstm.config import Config, ModelConfig
from charlstm.model import Model
from charlstm.text import Vocab

from .helpers import one_line_error, run

V = 7  # vocabulary size of the random texts


def random_model(cell, hidden=8, layers=1, embed_dim=0, init_scale=0.0, forget_bias=0.0, seed=0):
    config = ModelConfig(
        cell=cell,
        hidden=hidden,
        layers=layers,
        embed_dim=embed_dim,
        dtype="float64",
        init_scale=init_scale,
        forget_bias=forget_bias,
    )
    return Model.init(config, V, np.random.default_rng(seed))


def random_ids(n, seed=1):
    return np.random.default_rng(seed).integers(V, size=n).astype(np.uint8)


def loss_at(net, ids, t, start_state, start):
    """loss_t = −log p(ids[t+1]) running the whole model from `start_state` (the state after
    ids[start]) over ids[start+1 … t]: model.forward only, none of gradflow's code."""
    if start == t:  # k = 0: the head reads h_t directly
        z = start_state[-1][0][0] @ net.params["head.W"] + net.params["head.b"]
    else:
        logits, _, _ = net.forward(ids[start + 1 : t + 1, None], start_state)
        z = logits[-1, 0]
    return float(np.log(np.exp(z - z.max()).sum()) + z.max() - z[ids[t + 1]])


@pytest.mark.parametrize(
    "cell, layers, embed_dim",
    [("rnn", 1, 0), ("lstm", 2, 0), ("gru", 1, 3), ("peephole", 1, 0), ("coupled", 2, 3)],
)
def test_gradient_matches_finite_differences(cell, layers, embed_dim):
    net = random_model(cell, hidden=6, layers=layers, embed_dim=embed_dim, seed=3)
    ids = random_ids(60)
    max_k, t = 12, 40
    grads = gradflow.loss_gradients(net, ids, np.array([25, t]), max_k)
    assert len(grads) == len(CELLS[cell].STATE)
    eps = 1e-5
    for k in (0, 1, 5, max_k):
        start = t - k
        _, state, _ = net.forward(ids[: start + 1, None], net.zero_state(1))
        for which, analytic in enumerate(grads):  # h, and c for the LSTM family
            numeric = np.zeros(6)
            for j in range(6):
                bumped = []
                for sign in (1, -1):
                    top = [a.copy() for a in state[-1]]
                    top[which][0, j] += sign * eps
                    bumped.append(loss_at(net, ids, t, [*state[:-1], tuple(top)], start))
                numeric[j] = (bumped[0] - bumped[1]) / (2 * eps)
            got = analytic[k, 1]  # position t is the second of the two
            if k == 0 and which == 1:  # loss_t does not see c_t except through h_t
                assert np.all(got == 0)
                continue
            error = np.abs(got - numeric).max() / np.abs(numeric).max()
            assert error < 1e-6, (cell, k, which, got, numeric)


def test_small_weight_rnn_gradient_vanishes_and_a_remembering_lstm_keeps_it():
    ids = random_ids(400)
    rnn = gradflow.flow(random_model("rnn", init_scale=0.3), ids, max_k=30, positions=50)
    norms = np.array(rnn["grad_norm"])
    assert rnn["k"] == list(range(31)) and rnn["positions"] == 50
    assert rnn["cell_grad_norm"] is None
    assert np.all(norms > 0)
    assert norms[20] < 1e-6 * norms[1]  # measured: 1.8e-9 against 0.1
    assert np.all(np.diff(norms[1:21]) < 0)  # every step back loses some
    # the same measurement on an LSTM whose forget gates start near 1 (σ(6) ≈ 0.998)
    lstm = gradflow.flow(
        random_model("lstm", init_scale=0.3, forget_bias=6.0),
        ids,
        max_k=30,
        positions=50,
    )
    kept = np.array(lstm["grad_norm"])
    assert kept[20] > 0.05 * kept[1]  # measured: 4.4e-3 against 8e-3
    assert lstm["cell_grad_norm"][20] > 0.25 * lstm["cell_grad_norm"][1]  # 0.021 against 0.044


def test_positions_are_spread_and_need_enough_text():
    assert gradflow.spread_positions(100, 10, 4).tolist() == [10, 39, 69, 98]
    assert gradflow.spread_positions(14, 10, 50).tolist() == [10, 11, 12]
    with pytest.raises(Exception, match="needs at least 12"):
        gradflow.spread_positions(11, 10, 5)


def save_checkpoint(path, net, cell, vocab, hidden, layers=1):
    config = Config(
        model=ModelConfig(cell=cell, hidden=hidden, layers=layers, dtype="float64"),
    )
    state = train.new_state(config, len(vocab))
    state.model = net
    checkpoint.save(str(path), state, config, vocab, {"sha256": "x"})
    return str(path)


@pytest.fixture
def rnn_and_lstm(tmp_path):
    vocab = Vocab([chr(ord("a") + i) for i in range(V)])
    rnn = save_checkpoint(
        tmp_path / "rnn.npz", random_model("rnn", init_scale=0.3), "rnn", vocab, 8
    )
    lstm = save_checkpoint(
        tmp_path / "lstm.npz", random_model("lstm", forget_bias=6.0), "lstm", vocab, 8
    )
    text = tmp_path / "text.txt"
    text.write_text(vocab.decode(random_ids(300)))
    return rnn, lstm, str(text)


def test_gradflow_command_prints_json_and_a_table(rnn_and_lstm):
    rnn, lstm, text = rnn_and_lstm
    r = run("gradflow", rnn, lstm, "--text", text, "--max-k", "25", "--positions", "10", "--json")
    assert r.exit_code == 0, r.output
    result = json.loads(r.stdout)
    assert result["max_k"] == 25
    (a, b) = result["results"]
    assert (a["cell"], a["checkpoint"], a["text"]) == ("rnn", rnn, text)
    assert (b["cell"], b["checkpoint"]) == ("lstm", lstm)
    assert len(a["grad_norm"]) == 26 and a["positions"] == 10
    assert a["grad_norm"][20] < 1e-3 * b["grad_norm"][20]
    r = run("gradflow", rnn, lstm, "--text", text, "--max-k", "25", "--positions", "10")
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"rnn: {rnn}, ") and lines[1].startswith(f"lstm: {lstm}, ")
    assert lines[2].split() == ["k", "rnn", "lstm"]
    assert [line.split()[0] for line in lines[3:]] == ["0", "1", "2", "5", "10", "20", "25"]
    row20 = lines[3 + 5].split()
    assert float(row20[1]) == pytest.approx(a["grad_norm"][20], rel=1e-3)


def test_gradflow_default_text_is_the_runs_validation_split(trained):
    out, data = trained
    r = run("gradflow", f"{out}/best.npz", "--max-k", "20", "--json")
    assert r.exit_code == 0, r.output
    (result,) = json.loads(r.stdout)["results"]
    assert result["text"] == f"validation split of {data}"
    assert result["cell"] == "lstm" and len(result["cell_grad_norm"]) == 21


def test_gradflow_plot_png_and_svg(rnn_and_lstm, tmp_path):
    pytest.importorskip("matplotlib")
    rnn, lstm, text = rnn_and_lstm
    for name in ("flow.png", "flow.svg"):
        out = tmp_path / name
        r = run("gradflow", rnn, lstm, "--text", text, "--out", str(out))
        assert r.exit_code == 0, r.output
        assert f"wrote {out}" in r.stderr
    assert (tmp_path / "flow.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "flow.svg").read_text(encoding="utf-8")
    assert "<!-- rnn -->" in svg and "<!-- lstm -->" in svg  # the legend labels by cell


def test_a_checkpoint_without_a_data_file_is_named_by_the_command_that_reads_it(rnn_and_lstm):
    """gradflow reads several checkpoints: its error gives the path of the one it stopped at;
    eval reads one: "the checkpoint". Both come from corpus.ids_to_score."""
    rnn, lstm, _ = rnn_and_lstm
    for first, second in ((rnn, lstm), (lstm, rnn)):
        one_line_error(
            run("gradflow", first, second), f"error: {first} names no data file; give --text FILE"
        )
    one_line_error(run("eval", rnn), "error: the checkpoint names no data file; give --data FILE")


def test_gradflow_errors_are_one_line(rnn_and_lstm, tmp_path, monkeypatch):
    rnn, _, text = rnn_and_lstm
    one_line_error(run("gradflow", rnn, "--text", text, "--max-k", "400"), "too short")
    one_line_error(run("gradflow", rnn, "--text", text, "--max-k", "0"), "--max-k")
    one_line_error(run("gradflow", rnn, "--text", text, "--out", "x.jpg"), ".png or .svg")
    one_line_error(run("gradflow", rnn), "names no data file; give --text FILE")
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    line = one_line_error(
        run("gradflow", rnn, "--text", text, "--out", str(tmp_path / "f.png")), ""
    )
    assert line == (
        "error: charlstm gradflow --out FILE.png|svg needs matplotlib: pip install matplotlib"
    )
