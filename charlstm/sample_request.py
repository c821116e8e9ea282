"""What `charlstm sample` is asked for, as one value: which options combine, the prime they
choose (given, read from a file, or the vocabulary's default), and the samples or beams they
make, each as the record that --json prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from charlstm.beam import beam_search
from charlstm.checkpoint import Checkpoint
from charlstm.errors import CharlstmError
from charlstm.sample import default_prime, sample_text
from charlstm.text import read_prime


@dataclass(frozen=True)
class Prime:
    shown: str  # what the user gave ("" for the default prime), printed before each sample
    ids: np.ndarray  # what generation starts after


@dataclass(frozen=True)
class SampleRequest:
    """The options of one `charlstm sample`; a combination that makes no sense is a
    CharlstmError when the request is made, before any checkpoint is read."""

    prime: str | None = None
    prime_file: str | None = None  # "-": standard input
    length: int = 500
    temperature: float = 1.0
    top_k: int = 0
    top_p: float = 1.0
    greedy: bool = False
    beam: int | None = None  # beam width: search instead of sampling
    seed: int | None = None
    num_samples: int = 1
    stops: tuple[str, ...] = ()

    def __post_init__(self):
        if self.prime is not None and self.prime_file:
            raise CharlstmError("give --prime or --prime-file, not both")
        if not all(self.stops):
            raise CharlstmError("--stop must not be empty")
        if self.beam is not None:
            sampling = [
                name
                for name, given in (
                    ("--temperature", self.temperature != 1.0),
                    ("--top-k", self.top_k != 0),
                    ("--top-p", self.top_p != 1.0),
                    ("--greedy", self.greedy),
                    ("--seed", self.seed is not None),
                )
                if given
            ]
            if sampling:
                raise CharlstmError(f"--beam searches, it does not sample: drop {sampling[0]}")
            if self.num_samples > self.beam:
                raise CharlstmError(
                    f"--num-samples {self.num_samples} exceeds the --beam {self.beam} kept"
                )
            if self.length < 1:
                raise CharlstmError("--beam needs --length of at least 1")

    @property
    def is_greedy(self) -> bool:
        return self.greedy or self.temperature == 0  # the limit of ever lower temperatures

    def read_prime(self, ckpt: Checkpoint, unknown: str) -> Prime:
        """The prime in the checkpoint's vocabulary, characters outside it handled as
        `unknown` says (text.Vocab.encode); reads --prime-file."""
        given = read_prime(self.prime_file) if self.prime_file else self.prime
        vocab = ckpt.vocab
        ids = vocab.encode(given or default_prime(vocab), unknown=unknown)
        if len(ids) == 0:
            raise CharlstmError("the prime has no characters left after dropping unknown ones")
        return Prime(given or "", ids)

    def beams(self, ckpt: Checkpoint, prime: Prime) -> list[dict]:
        """The best num_samples continuations of a beam search, best first."""
        vocab = ckpt.vocab
        found = beam_search(ckpt.model, vocab.chars, prime.ids, self.length, self.beam, self.stops)
        records = []
        for beam in found[: self.num_samples]:
            text = vocab.decode(beam.ids)
            record = {"prime": prime.shown, "text": text, "logprob": beam.logprob}
            record.update(chars=len(text), stop=beam.stop, score=beam.score)
            records.append(record)
        return records

    def rng(self) -> np.random.Generator:
        """The random numbers every sample of the request draws from, in turn."""
        return np.random.default_rng(self.seed)

    def sample(
        self,
        ckpt: Checkpoint,
        prime: Prime,
        rng: np.random.Generator,
        on_char: Callable[[str], None] | None = None,
    ) -> dict:
        """One sample, each character passed to on_char as it comes."""
        greedy = self.is_greedy
        result = sample_text(
            ckpt.model,
            ckpt.vocab.chars,
            prime.ids,
            self.length,
            rng,
            1.0 if greedy else self.temperature,
            self.top_k,
            self.top_p,
            greedy,
            self.stops,
            on_char=on_char,
        )
        record = {"prime": prime.shown, "text": result.text, "logprob": result.logprob}
        record.update(chars=len(result.text), stop=result.stop)
        return record
