"""Generation's BLAS threads (sample.ThreadRule): a second thread only where a core stood
idle and the steps measured faster on it, back to one as soon as a step slows down; and the
same characters whatever the count."""

import numpy as np
import pytest

from charlstm import resources, sample
from charlstm.config import ModelConfig
from charlstm.model import Model

STEP = 0.001  # seconds a step takes on one thread in these scripts


class Clock:
    """A clock that the test moves: each step advances it by its duration."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def drive(rule, clock, step_seconds, steps):
    """Run `steps` steps, each taking step_seconds(threads) on the rule's current count;
    returns the counts used, step by step."""
    used = []
    for _ in range(steps):
        threads = rule.threads
        used.append(threads)
        seconds = step_seconds(threads)
        clock.now += seconds
        rule.record(seconds)
    return used


def idle_reader(idle_cores, clock, cores=2, own_cores=1.0):
    """resources.idle_cpu_reader as it reads with `idle_cores` of `cores` idle and this
    process running on `own_cores` of them: (idle, total, own) ticks at 100 per second."""

    def read():
        ticks = clock.now * 100
        return (int(idle_cores * ticks), int(cores * ticks), int(own_cores * ticks))

    return read


@pytest.fixture(autouse=True)
def two_cores(monkeypatch):
    monkeypatch.setattr(sample, "_cores", lambda: 2)


def test_an_idle_core_that_makes_steps_faster_is_used():
    clock = Clock()
    rule = sample.ThreadRule(2, idle_reader(1.0, clock), clock)
    used = drive(rule, clock, lambda n: STEP if n == 1 else STEP / 1.6, 400)
    first_two = used.index(2)
    assert first_two * STEP >= rule.window  # watched for a window on one thread first
    assert used[first_two:].count(1) < 0.1 * len(used[first_two:])


def test_no_step_runs_on_two_threads_while_no_core_is_idle():
    """Beside a busy neighbour the rule reads no idle core and never tries a second thread,
    whose steps would wait for a core that is not free (here: 100 times as long)."""
    clock = Clock()
    rule = sample.ThreadRule(2, idle_reader(0.1, clock), clock)
    used = drive(rule, clock, lambda n: STEP if n == 1 else 100 * STEP, 20_000)
    assert set(used) == {1}


def test_this_process_spinning_thread_is_not_a_neighbour():
    """After a step on two threads OpenBLAS's second thread spins on for a while: no core
    reads idle, but all of the busy time is this process's own, so the second core is free
    (before, a sample started right after another one stayed on one thread)."""
    clock = Clock()
    rule = sample.ThreadRule(2, idle_reader(0.0, clock, own_cores=2.0), clock)
    used = drive(rule, clock, lambda n: STEP if n == 1 else STEP / 1.6, 400)
    first_two = used.index(2)
    assert used[first_two:].count(1) < 0.1 * len(used[first_two:])


class Load:
    """resources.idle_cpu_reader on a scripted machine of 2 cores: this process runs as many
    threads as its count, other programs `others` (the test changes it), each thread a fair
    share of the cores when they are more than 2, the rest idle; ticks at 100 a second,
    summed as the clock moves."""

    def __init__(self, clock, rule_threads):
        self.clock, self.rule_threads, self.others = clock, rule_threads, 0.0
        self.idle = self.total = self.own = 0.0
        self.then = 0.0

    def __call__(self):
        elapsed = (self.clock.now - self.then) * 100
        self.then = self.clock.now
        own, others = self.rule_threads(), self.others
        share = min(1.0, 2 / (own + others))  # more threads than cores: a fair share each
        self.own += own * share * elapsed
        self.total += 2 * elapsed
        self.idle += (2 - (own + others) * share) * elapsed
        return (int(self.idle), int(self.total), int(self.own))


def test_two_threads_are_kept_without_a_step_on_one_while_the_core_stays_free():
    """Once two threads win, the rule reads the load while it runs them: no step goes back
    to one thread for a watch (each watch was a tenth of a second at half speed)."""
    clock = Clock()
    rule = None
    load = Load(clock, lambda: rule.threads if rule else 1)
    rule = sample.ThreadRule(2, load, clock)
    used = drive(rule, clock, lambda n: STEP if n == 1 else STEP / 1.6, 60_000)
    assert used[used.index(2) :].count(1) == 0


def test_a_neighbour_that_does_not_slow_the_steps_is_seen_at_the_next_look():
    """A neighbour that takes the second core without making a step 1.5 times slower: the
    next reading of the load (at most `longest` seconds on) sends the rule back to one
    thread, where it stays while the neighbour runs."""
    clock = Clock()
    rule = None
    load = Load(clock, lambda: rule.threads if rule else 1)
    rule = sample.ThreadRule(2, load, clock)
    fast = lambda n: STEP if n == 1 else STEP / 1.6  # noqa: E731
    drive(rule, clock, fast, 40_000)
    assert rule.threads == 2
    load.others = 1.0
    started = clock.now
    used = drive(rule, clock, lambda n: STEP if n == 1 else STEP / 1.3, 40_000)
    back = used.index(1)
    assert back * STEP / 1.3 <= rule.longest + 1
    assert used[back:].count(2) == 0
    assert clock.now - started > rule.longest


def test_a_slow_probe_is_left_after_one_step():
    """Where idle time cannot be read the probe decides: a step on two threads that is slower
    than on one ends the probe at once, and the next probes come ever more rarely."""
    clock = Clock()
    rule = sample.ThreadRule(2, None, clock)
    used = drive(rule, clock, lambda n: STEP if n == 1 else 100 * STEP, 20_000)
    probes = [k for k in range(1, len(used)) if used[k] == 2]
    assert all(used[k + 1] == 1 for k in probes)  # one slow step each
    gaps = np.diff(probes)
    assert len(probes) >= 3 and np.all(np.diff(gaps) > 0)


def test_two_threads_are_left_when_a_neighbour_starts():
    clock = Clock()
    busy = {"from": None}

    def step_seconds(n):
        if n == 1:
            return STEP
        return 100 * STEP if busy["from"] is not None else STEP / 1.6

    rule = sample.ThreadRule(2, idle_reader(1.0, clock), clock)
    drive(rule, clock, step_seconds, 400)
    assert rule.threads == 2
    busy["from"] = clock.now
    used = drive(rule, clock, step_seconds, 5)
    assert used == [2, 2, 1, 1, 1]  # two slow steps, then back to one thread


def test_one_slow_step_is_a_hiccup_not_a_neighbour():
    """A single slow step on two threads (an interrupt) does not send the rule back to a
    watch on one thread."""
    clock = Clock()
    rule = sample.ThreadRule(2, idle_reader(1.0, clock), clock)
    fast = lambda n: STEP if n == 1 else STEP / 1.6  # noqa: E731
    drive(rule, clock, fast, 400)
    assert rule.threads == 2
    used = drive(rule, clock, lambda n: 10 * STEP, 1) + drive(rule, clock, fast, 20)
    assert set(used) == {2}


def test_no_gain_no_second_thread():
    """An idle core, but steps no faster on two threads (a small model): one thread."""
    clock = Clock()
    rule = sample.ThreadRule(2, idle_reader(1.0, clock), clock)
    used = drive(rule, clock, lambda n: STEP, 5_000)
    assert used.count(2) < 0.05 * len(used)


def test_one_core_one_thread():
    clock = Clock()
    rule = sample.ThreadRule(1, idle_reader(0.0, clock, cores=1), clock)
    assert set(drive(rule, clock, lambda n: STEP, 500)) == {1}


@pytest.mark.skipif(resources.blas_threads_now() is None, reason="no OpenBLAS")
def test_the_characters_do_not_depend_on_the_thread_count(monkeypatch):
    """OpenBLAS splits a batch-1 product across threads without changing its bits, so the
    rule's choice (which depends on the load) never changes a sample."""

    class Fixed:
        def __init__(self, most, idle=None):
            pass

        def resume(self):
            return self.threads

        def record(self, seconds):
            return self.threads

    net = Model.init(ModelConfig(layers=2, hidden=256), 30, np.random.default_rng(0))
    prime = np.arange(20) % 30
    samples = []
    for count in (1, 2):
        monkeypatch.setattr(Fixed, "threads", count, raising=False)
        monkeypatch.setattr(sample, "ThreadRule", Fixed)
        scored = list(sample.generate_scored(net, prime, 200, np.random.default_rng(5)))
        samples.append(scored)
    assert samples[0] == samples[1]


def test_generations_distribution_has_softmaxs_bits():
    """Generation's distribution (model.softmax_parts, log p formed for the drawn id alone:
    every generated character's probabilities and score) gives exactly model.softmax's
    probabilities and log-probabilities, for ordinary, huge and tiny logits."""
    from charlstm.model import softmax, softmax_parts

    rng = np.random.default_rng(2)
    rows = [rng.normal(0, 3, 65), rng.normal(0, 300, 65), rng.normal(0, 1e-6, 7), np.zeros(5)]
    for logits in rows:
        probs, shifted, total = softmax_parts(logits)
        log_total = np.log(total)[0]
        expected_probs, expected_log = softmax(logits)
        assert np.array_equal(probs, expected_probs)
        for i in range(len(logits)):
            assert shifted[i] - log_total == expected_log[i]


def test_each_model_shape_has_its_own_kept_rule():
    """The rule kept across samples belongs to a model's shape: a small model sampled after a
    large one in the same thread (the page samples several runs in one request) does not
    inherit the large one's choice and step times."""
    large = Model.init(ModelConfig(layers=2, hidden=64), 30, np.random.default_rng(0))
    small = Model.init(ModelConfig(layers=1, hidden=8), 30, np.random.default_rng(0))
    same_shape = Model.init(ModelConfig(layers=2, hidden=64), 30, np.random.default_rng(1))
    assert sample.thread_rule(large) is sample.thread_rule(same_shape)
    assert sample.thread_rule(large) is not sample.thread_rule(small)


def test_each_generated_characters_score_is_the_models_log_probability():
    """generate_scored yields, with each id, log p(id) of the model's own distribution: the
    log-softmax of the forward's logits over the prime and the ids drawn so far, bit for bit
    (whatever the sampling temperature)."""
    from charlstm.model import softmax

    net = Model.init(ModelConfig(layers=2, hidden=16), 12, np.random.default_rng(3))
    prime = np.array([1, 4, 2])
    drawn = list(sample.generate_scored(net, prime, 20, np.random.default_rng(4), temperature=0.7))
    ids = np.concatenate([prime, [i for i, _ in drawn]])
    logits, _, _ = net.forward(ids[:-1, None], net.zero_state(1))
    for k, (next_id, score) in enumerate(drawn):
        _, log_probs = softmax(logits[len(prime) - 1 + k, 0].astype(np.float64))
        assert score == log_probs[next_id]
