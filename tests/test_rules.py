"""Rules that a one-line change could break without any other test noticing: each test here
was seen failing against the mutation its docstring names."""

import numpy as np
import pytest

from charlstm import checkpoint, evaluate, optim, run, sweep, train
from charlstm import config as config_mod
from charlstm.model import Model, dropout_masks
from charlstm.text import Vocab

# lr must be positive; SGD steps of 1e-30 leave float32 weights of size ~0.1 exactly as they were
FROZEN = {"optimizer": "sgd", "momentum": 0.0, "lr": 1e-30}


def tiny_config(**train):
    values = {
        "model": {"layers": 1, "hidden": 8},
        "train": {"batch_size": 2, "seq_len": 8, "workers": 1, "sample_length": 0, **train},
    }
    return config_mod.from_dict(values)


def test_resume_refuses_a_changed_seq_len():
    """Mutation: train.seq_len dropped from run.FIXED_ON_RESUME."""
    old = tiny_config()
    new = config_mod.from_dict({"train": {"seq_len": 16}}, old)
    with pytest.raises(Exception, match=r"cannot change train\.seq_len when resuming"):
        run._check_fixed(old, new, run.FIXED_ON_RESUME)


def test_resume_refuses_changed_fresh_rows_but_not_late_ones():
    """Mutation: train.fresh_rows dropped from run.FIXED_ON_RESUME (with batch_size fixed, it
    would change how many streams the corpus is cut into under a running position); the late
    fresh rows join the same streams, so they may change."""
    old = tiny_config(batch_size=4, fresh_rows=1)
    with pytest.raises(Exception, match=r"cannot change train\.fresh_rows when resuming"):
        run._check_fixed(old, tiny_config(batch_size=4, fresh_rows=2), run.FIXED_ON_RESUME)
    later = tiny_config(batch_size=4, fresh_rows=1, late_fresh_rows=3, late_fresh_rows_after=9)
    run._check_fixed(old, later, run.FIXED_ON_RESUME)


def _train_events(config, text):
    vocab = Vocab.from_text(text)
    ids = vocab.encode(text)
    state = train.new_state(config, len(vocab))
    return list(train.train(config, state, ids[:-200], ids[-200:], vocab)), state


def test_an_equal_validation_loss_is_not_a_new_best(corpus_text):
    """Mutation: `val_loss <= state.best_val` (best.npz replaced on a tie). With frozen weights
    the model never changes, so every validation ties the first."""
    config = tiny_config(**FROZEN, max_steps=6, eval_every=2, log_every=2)
    events, _ = _train_events(config, corpus_text[:2000])
    evals = [e for e in events if e["event"] == "eval"]
    assert len(evals) == 3 and len({e["val_loss"] for e in evals}) == 1
    assert [e["is_best"] for e in evals] == [True, False, False]


def test_carried_state_is_zeroed_when_the_streams_restart(corpus_text):
    """Mutation: the carried state kept across an epoch restart. With frozen weights the
    first window of the second pass must score exactly as the first window of the first."""
    text = corpus_text[:400]
    vocab = Vocab.from_text(text)
    ids = vocab.encode(text)
    config = tiny_config(**FROZEN, max_steps=1000, max_epochs=2, eval_every=1000, log_every=1)
    state = train.new_state(config, len(vocab))
    events = list(train.train(config, state, ids[:-100], ids[-100:], vocab))
    losses = [e["train_loss"] for e in events if e["event"] in ("log", "eval")]
    per_epoch = len(losses) // 2
    assert per_epoch >= 3 and len(losses) == 2 * per_epoch
    assert losses[per_epoch] == losses[0]
    assert losses[per_epoch + 1] == losses[1]


def test_dropout_masks_are_scaled_by_one_over_keep_probability():
    """Mutation: inverted dropout without its 1/(1−p) scaling."""
    rng = np.random.default_rng(0)
    (mask, last) = dropout_masks(rng, 0.25, 2, (50, 40, 30), np.float64)
    assert last is None
    assert set(np.unique(mask)) == {0.0, 1 / 0.75}
    assert abs(mask.mean() - 1.0) < 0.02


def test_probe_scorer_needs_the_answer_itself_among_same_length_choices():
    """Mutation: a choice of the answer's length counts as right (French, German and Polish
    all have 6 letters)."""
    vocab = Vocab.from_text("I speak fluent French German Polish.")
    rng = np.random.default_rng(3)
    mc = config_mod.from_dict({"model": {"layers": 1, "hidden": 8, "dtype": "float64"}}).model
    net = Model.init(mc, len(vocab), rng)
    prompt = vocab.encode("I speak fluent ")
    choices = [vocab.encode(w) for w in ("French", "German", "Polish")]
    scores = evaluate.continuation_logprobs(net, prompt, choices)
    assert len(set(np.round(scores, 9))) == 3  # no tie: one choice wins
    winner, loser = int(np.argmax(scores)), int(np.argmin(scores))
    probe = {"prompt": prompt, "choices": choices, "distance": None}
    right = evaluate.probe_accuracy(net, [{**probe, "answer": choices[winner]}])
    wrong = evaluate.probe_accuracy(net, [{**probe, "answer": choices[loser]}])
    assert right["probe_accuracy"] == 1.0 and wrong["probe_accuracy"] == 0.0


def _one_update(optimizer, steps, **train_keys):
    config = tiny_config(optimizer=optimizer, lr=0.1, grad_clip=0.0, **train_keys).train
    p = np.array([1.0, -2.0, 0.5])
    params = {"w": p.copy()}
    state = optim.init_state(optimizer, params)
    grads = [np.array([0.3, -0.1, 2.0]), np.array([-0.5, 0.4, 1.0])]
    for t in range(1, steps + 1):
        optim.update(config, params, {"w": grads[t - 1].copy()}, state, t)
    return p, grads, params["w"]


def test_adam_matches_two_steps_computed_by_hand():
    """Mutations: Adam without the bias correction of m; without that of v."""
    p, (g1, g2), got = _one_update("adam", 2)
    b1, b2, lr, eps = 0.9, 0.999, 0.1, 1e-8
    m, v = np.zeros(3), np.zeros(3)
    for t, g in ((1, g1), (2, g2)):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        p = p - lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
    np.testing.assert_allclose(got, p, rtol=1e-12)
    # the first bias-corrected step moves each weight by lr against its gradient's sign
    _, _, first = _one_update("adam", 1)
    np.testing.assert_allclose(first, [1.0 - 0.1, -2.0 + 0.1, 0.5 - 0.1], rtol=1e-6)


def test_rmsprop_matches_two_steps_computed_by_hand():
    """Mutations: RMSprop's decay or its square root changed."""
    p, (g1, g2), got = _one_update("rmsprop", 2, rmsprop_alpha=0.9)
    v = np.zeros(3)
    for g in (g1, g2):
        v = 0.9 * v + 0.1 * g * g
        p = p - 0.1 * g / (np.sqrt(v) + 1e-8)
    np.testing.assert_allclose(got, p, rtol=1e-12)


def test_keep_checkpoints_ranks_against_the_nth_kept(tmp_path):
    """Mutation: a new validation compared with the best kept checkpoint, not the Nth. The
    losses are not monotone, so the ranking matters."""
    out = str(tmp_path)

    def keep(step, loss):
        checkpoint.keep_ranked(out, 2, step, loss, lambda name: open(f"{out}/{name}", "w").close())

    kept_after = []
    for step, loss in [(1, 3.0), (2, 1.0), (3, 2.0), (4, 2.5), (5, 0.5)]:
        keep(step, loss)
        kept_after.append([step for _, step, _ in checkpoint.kept_checkpoints(out)])
    # step 3 (2.0) beats the 2nd kept (3.0) though not the best (1.0); step 4 beats neither
    assert kept_after == [[1], [2, 1], [2, 3], [2, 3], [5, 2]]
    keep(6, 1.0)  # a tie with the 2nd kept: the earlier step stays
    assert [step for _, step, _ in checkpoint.kept_checkpoints(out)] == [5, 2]


def test_sweep_summary_worst_is_the_highest_loss():
    """Mutation: the summary's worst over seeds taken as the minimum (before only a test
    that needs Ray checked it)."""
    rows = [
        {"varying": {"train.lr": 0.01}, "best_val_loss": v, "status": "completed"}
        for v in (1.5, 2.5, 2.0)
    ]
    (group,) = sweep.summarize(rows)
    assert group["worst"] == 2.5 and group["mean"] == pytest.approx(2.0)
    assert group["seeds"] == 3 and group["scored"] == 3
