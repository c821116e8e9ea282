"""benchmarks/bench.py's turns: charlstm and PyTorch measured alternately, each row's ratio
the median of the per-turn ratios (not the ratio of the medians), with its range."""

import importlib.util

spec = importlib.util.spec_from_file_location("bench", "benchmarks/bench.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def scripted(name, rates, calls):
    """A measurement returning the given rates in turn and recording its calls."""
    rates = iter(rates)

    def measure():
        calls.append(name)
        return next(rates)

    return measure


def test_the_sides_alternate():
    calls = []
    bench.in_turns(scripted("ours", [1, 2, 3], calls), scripted("theirs", [1, 1, 1], calls), 3)
    assert calls == ["ours", "theirs"] * 3


def test_the_ratio_is_the_median_of_each_turns_ratio():
    # per-turn ratios 1.0, 0.5, 2.0: median 1.0, where the medians' ratio would be 200 / 150
    measured = bench.in_turns(
        scripted("ours", [100, 200, 300], []), scripted("theirs", [100, 400, 150], []), 3
    )
    found = measured["ratios"][None]
    assert found["median"] == 1.0
    assert (found["low"], found["high"]) == (0.5, 2.0)
    assert found["torch"] == 150  # PyTorch's median rate
    assert measured["charlstm_turns"] == [100, 200, 300]
    assert bench.turns_ratio(measured) == "1.00× (0.50–2.00)"


def test_keyed_rates_have_a_ratio_per_key():
    theirs = [{"oneDNN": 10, "native": 50}, {"oneDNN": 20, "native": 25}]
    measured = bench.in_turns(scripted("ours", [100, 100], []), scripted("t", theirs, []), 2)
    assert measured["ratios"]["oneDNN"]["median"] == 10  # turns: 10, 5; the upper median
    assert measured["ratios"]["native"]["low"] == 2
    assert bench.turns_ratio(measured, "native") == "4.00× (2.00–4.00)"


def test_without_pytorch_there_is_no_ratio():
    measured = bench.in_turns(scripted("ours", [5], []), scripted("theirs", [None], []), 1)
    assert measured["ratios"] == {}
    assert bench.turns_ratio(measured) == "–"


def test_one_turn_shows_no_range():
    measured = bench.in_turns(scripted("ours", [6], []), scripted("theirs", [3], []), 1)
    assert bench.turns_ratio(measured) == "2.00×"
