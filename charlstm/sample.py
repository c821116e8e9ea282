"""Generating text from a model: temperature, top-k, top-p (nucleus) and greedy decoding.

generate() is a generator of ids, so the caller can stream characters as they come;
generate_scored() also gives each id's log-probability, and sample_text() adds stop strings.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from charlstm import resources
from charlstm.model import Model, softmax, softmax_parts
from charlstm.text import Vocab


def default_prime(vocab: Vocab) -> str:
    """What generation starts after when no prime is given: a newline, if the text has one."""
    return "\n" if "\n" in vocab.index else vocab.chars[0]


def next_distribution(logits: np.ndarray, temperature=1.0, top_k=0, top_p=1.0) -> np.ndarray:
    """(V,) logits -> (V,) float64 probabilities after temperature, top-k and top-p filtering."""
    z = logits.astype(np.float64)
    z = (z - z.max()) / temperature  # max first: a tiny temperature gives -inf, never nan
    if 0 < top_k < len(z):
        dropped = np.argpartition(-z, top_k)[top_k:]  # exactly k survive, ties broken by index
        z[dropped] = -np.inf
    probs, _ = softmax(z)
    if top_p < 1.0:
        order = np.argsort(-probs, kind="stable")
        cumulative = np.cumsum(probs[order])
        # keep the smallest prefix whose mass reaches top_p (always at least one id)
        keep = order[: int(np.searchsorted(cumulative, top_p)) + 1]
        filtered = np.zeros_like(probs)
        filtered[keep] = probs[keep]
        probs = filtered / filtered.sum()
    return probs


class ThreadRule:
    """How many BLAS threads generation uses, chosen from measurements taken while it runs.

    At batch 1 every character reads every weight once, so a step is bound by memory
    bandwidth, and a second core that is free reads the other half of each product:
    OpenBLAS splits a batch-1 product across its threads with the same result bits
    (tests/test_sample_options.py). But its threads wait for work by spinning, so beside a
    busy neighbour a second thread makes every step wait for a core that is not free: a
    step then took 100-250 times as long (docs/speed.md). No fixed count suits both cases,
    and the load changes while a sample runs, so the rule measures, on 1 thread:

    - watch: run 1 thread for at least `window` seconds and `probe` steps, and read how
      much of the cores other programs kept busy meanwhile (`idle`:
      resources.idle_cpu_reader; this process keeps one core busy). With less than `free`
      of a second core left, no other count is tried: stay on 1 thread and watch again
      after `every` seconds (doubled, up to `longest`, each time it stays busy), without
      ever running a step on a core that is taken;
    - probe: with a core free (or where idle time cannot be read), up to `probe` steps on
      `most` threads, stopping at the first step slower than `slower` × the 1-thread median;
    - choose `most` when its median step is at most `gain` × the 1-thread median, else 1;
      then run the choice. On 1 thread, watch again after `every` seconds; on `most`,
      read the load again after `every` seconds without leaving them (this process's own
      threads are not a neighbour) and watch on 1 thread when other programs took the
      second core, or at once when two steps in a row take `slower` × the probe's median
      (a neighbour has started). Each look that confirms the count in use doubles the
      time to the next, up to `longest`.
    """

    def __init__(
        self,
        most: int,
        idle=None,
        clock=time.perf_counter,
        probe: int = 8,
        window: float = 0.1,
        every: float = 1.0,
        longest: float = 16.0,
        free: float = 0.5,
        slower: float = 1.5,
        gain: float = 0.9,
    ):
        self.most, self.idle, self.clock = most, idle, clock
        self.probe, self.window, self.every, self.longest = probe, window, every, longest
        self.free, self.slower, self.gain = free, slower, gain
        self._interval, self._chosen = every, 1
        self._watch()
        self._last = self._since

    @property
    def threads(self) -> int:
        """The thread count for the next step."""
        return self._threads

    def _watch(self) -> None:
        self._threads, self._phase = 1, ("watch" if self.most > 1 else "run")
        self._times: dict[int, list[float]] = {1: [], self.most: []}
        self._since = self.clock()
        self._idle_since = self.idle() if self.idle else None

    def _run(self, threads: int) -> None:
        self._threads, self._phase, self._slow_steps = threads, "run", 0
        self._baseline = _median(self._times[threads]) if self._times[threads] else 0.0
        # the same choice again: look half as often; a new choice: after `every`
        same = threads == self._chosen
        self._interval = min(2 * self._interval, self.longest) if same else self.every
        self._chosen = threads
        self._since = self.clock()
        self._idle_since = self.idle() if self.idle else None

    def _core_free(self) -> bool:
        """Whether a core beside the one this step runs on was free (at least `free` of one)
        since the watch or the run began, counting only other programs as busy (an OpenBLAS
        thread of this process's previous steps spins on after its product: that core is
        ours; so is another thread of this process sampling at the same time, which only
        its slow steps reveal); True where it cannot be known (the probe then decides)."""
        now = self.idle() if self.idle else None
        if now is None or self._idle_since is None or now[1] <= self._idle_since[1]:
            return True
        idle, total, own = (a - b for a, b in zip(now, self._idle_since, strict=True))
        others = max(total - idle - own, 0)  # ticks other programs ran
        return _cores() * (1 - others / total) - 1 >= self.free

    def resume(self) -> int:
        """Before the first step of another sample: a watch or probe left unfinished longer
        than `every` ago measured another load, so it starts again; a chosen count is kept
        (a neighbour that started meanwhile slows its first two steps, which leaves it).
        Returns the count for the next step."""
        if self._phase != "run" and self.clock() - self._last > self.every:
            self._watch()
        return self._threads

    def record(self, seconds: float) -> int:
        """The duration of the step just run on self.threads; returns the count for the next."""
        if self._phase == "watch":
            self._times[1].append(seconds)
            watched = self.clock() - self._since >= self.window
            if watched and len(self._times[1]) >= self.probe:
                if self._core_free():
                    self._threads, self._phase = self.most, "probe"
                else:
                    self._run(1)
        elif self._phase == "probe":
            times = self._times[self.most]
            times.append(seconds)
            one = _median(self._times[1])
            if seconds > self.slower * one:
                self._run(1)
            elif len(times) == self.probe:
                self._run(self.most if _median(times) <= self.gain * one else 1)
        elif self.most > 1:
            # two slow steps in a row: one alone is a hiccup (an interrupt, the caller's own
            # work), which at about 300 µs a step came every few hundred steps and cost a
            # watch each; beside a neighbour every step is far slower
            slow = self._threads > 1 and seconds > self.slower * self._baseline
            self._slow_steps = self._slow_steps + 1 if slow else 0
            if self._slow_steps >= 2:
                self._watch()
            elif self.clock() - self._since >= self._interval:
                # on two threads, the load is read without leaving them (this process's own
                # time is not counted): a watch's tenth of a second on one thread cost up to
                # a tenth of a sample; on one thread, a watch as at the start
                if self._threads > 1 and self._idle_since is not None and self._core_free():
                    self._run(self._threads)
                else:
                    self._watch()
        self._last = self.clock()
        return self._threads


def _cores() -> int:
    return resources.cores()


_RULES = threading.local()  # per thread: the page's server samples in several at once


def thread_rule(net: Model) -> ThreadRule:
    """This thread's rule for this model's shape, kept from one sample to the next
    (`charlstm sample --num-samples`, make bench's repeats): a new rule starts with a tenth
    of a second on one thread, a tenth of a 2,000-character sample at 2 × 512. Another
    shape has its own (its steps' times and whether two threads pay are its own)."""
    rules = _RULES.__dict__
    shape = (net.cell, *((k, v.shape, v.dtype.str) for k, v in net.params.items()))
    key = (ThreadRule, min(2, resources.cores()), shape)  # a test's stand-in gets its own
    if key not in rules:
        rules[key] = ThreadRule(key[1], resources.idle_cpu_reader())
    return rules[key]


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def generate(
    net: Model,
    prime_ids: np.ndarray,
    length: int,
    rng: np.random.Generator,
    temperature: float = 1.0,
    top_k: int = 0,
    top_p: float = 1.0,
    greedy: bool = False,
) -> Iterator[int]:
    """Feed prime_ids (at least one) from a zero state, then yield `length` new ids."""
    for next_id, _ in generate_scored(
        net, prime_ids, length, rng, temperature, top_k, top_p, greedy
    ):
        yield next_id


def generate_scored(
    net: Model,
    prime_ids: np.ndarray,
    length: int,
    rng: np.random.Generator,
    temperature: float = 1.0,
    top_k: int = 0,
    top_p: float = 1.0,
    greedy: bool = False,
) -> Iterator[tuple[int, float]]:
    """As generate(), yielding (id, log p(id)) with p the model's own next-character
    distribution: temperature 1 and no top-k/top-p filtering, whatever the sampling settings,
    so that scores of samples drawn with different settings can be compared."""
    # the prime on one BLAS thread, then each step on the threads ThreadRule measures best
    rule = thread_rule(net)
    rule.resume()
    with resources.blas_threads(1):
        set_threads = resources.blas_thread_setter()
        logits, state, _ = net.forward(prime_ids[:, None], net.zero_state(1))
        next_logits = logits[-1, 0]  # (V,)
        plain = temperature == 1.0 and top_k == 0 and top_p >= 1.0
        one_step = net.stepper()
        threads = 1
        for n in range(length):
            # the model's own distribution: softmax's parts, log p formed for the drawn id only
            probs, shifted, total = softmax_parts(next_logits.astype(np.float64))
            log_total = np.log(total)[0]
            if greedy:
                next_id = int(np.argmax(next_logits))
            else:
                cdf = np.cumsum(
                    probs if plain else next_distribution(next_logits, temperature, top_k, top_p)
                )
                next_id = int(np.searchsorted(cdf, rng.random() * cdf[-1], side="right"))
            yield next_id, float(shifted[next_id] - log_total)  # the model's own log p
            if n + 1 < length:
                if rule.threads != threads:
                    threads = rule.threads
                    set_threads(threads)
                started = time.perf_counter()
                step_logits, state = one_step(np.array([next_id]), state)
                rule.record(time.perf_counter() - started)
                next_logits = step_logits[0]


@dataclass
class Sample:
    text: str  # the generated characters only (not the prime), with the stop string if any
    logprob: float  # total natural-log probability of text after the prime, at temperature 1
    stop: str | None  # the stop string that ended the sample; None when it ran to its length


def sample_text(
    net: Model,
    chars: Sequence[str],
    prime_ids: np.ndarray,
    length: int,
    rng: np.random.Generator,
    temperature: float = 1.0,
    top_k: int = 0,
    top_p: float = 1.0,
    greedy: bool = False,
    stops: Sequence[str] = (),
    on_char: Callable[[str], None] | None = None,
) -> Sample:
    """Generate up to `length` characters (chars: the vocabulary in id order), passing each to
    on_char as it comes. The sample ends as soon as its text contains one of `stops`; the
    stop string is kept. Only generated text is searched: a stop string in the prime, or one
    straddling the prime and the generated text, does not end it."""
    longest = max((len(s) for s in stops), default=0)
    pieces, total, stop = [], 0.0, None
    for next_id, logprob in generate_scored(
        net, prime_ids, length, rng, temperature, top_k, top_p, greedy
    ):
        pieces.append(chars[next_id])
        total += logprob
        if on_char is not None:
            on_char(chars[next_id])
        if longest:
            # checked after every character, so a stop string can only end here
            tail = "".join(pieces[-longest:])
            stop = next((s for s in stops if tail.endswith(s)), None)
            if stop is not None:
                break
    return Sample("".join(pieces), total, stop)
