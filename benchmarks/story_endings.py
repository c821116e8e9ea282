#!/usr/bin/env python3
"""Does a model finish each story with the right language? For every country, sample N
stories primed with "I grew up in {Country}." (temperature 0.8 by default, each ending at
its newline) and count those that end "I speak fluent {its language}.".

As `eval --probes` reads its headline, each prime follows one complete story of another
country (drawn from the corpus's grammar, a new one per sample), which is how the model
meets every story in training and in a stream it writes; --zero-state starts each sample
from a zero state instead, with nothing before the prime.

Usage:
  python benchmarks/story_endings.py runs/demo/best.npz [--samples 10] [--temperature 0.8]
      [--zero-state]
"""

from __future__ import annotations

import argparse
import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from charlstm import checkpoint, longdep  # noqa: E402
from charlstm.sample import sample_text  # noqa: E402

ENDING = re.compile(r"I speak fluent (\w+)\.\n$")


def story_before(rng: np.random.Generator, country: str) -> str:
    """One complete story line of another country, with filler of up to 200 characters."""
    others = [pair for pair in longdep.PAIRS if pair[0] != country]
    other, language = others[rng.integers(len(others))]
    return longdep.story(rng, other, language, int(rng.integers(20, 200))) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ckpt")
    parser.add_argument("--samples", type=int, default=10)
    parser.add_argument("--temperature", type=float, default=0.8)
    parser.add_argument(
        "--length",
        type=int,
        default=2000,
        help="Longest story to generate (the corpus's reach "
        "1,600 characters between the country and the ending).",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--zero-state",
        action="store_true",
        help="Prime from a zero state, not after one story of another country.",
    )
    options = parser.parse_args()

    ckpt = checkpoint.load(options.ckpt)
    rng = np.random.default_rng(options.seed)
    reading = "from a zero state" if options.zero_state else "each after a story of another country"
    print(
        f"{options.samples} samples per country at temperature {options.temperature}, "
        f"{reading}, from {options.ckpt}"
    )
    print("| grew up in | right language | what the others said | distances of the stories |")
    print("|---|---|---|---|")
    total = 0
    for country, language in longdep.PAIRS:
        prime = f"I grew up in {country}."
        said, distances = [], []
        for _ in range(options.samples):
            before = "" if options.zero_state else story_before(rng, country)
            sample = sample_text(
                ckpt.model,
                ckpt.vocab.chars,
                ckpt.vocab.encode(before + prime, unknown="skip"),
                options.length,
                rng,
                options.temperature,
                stops=["\n"],
            )
            found = ENDING.search(sample.text)
            said.append(found.group(1) if found else "(no ending)")
            if found:
                distances.append(longdep.distance(prime + sample.text))
        right = said.count(language)
        total += right
        others = ", ".join(sorted(w for w in said if w != language)) or "–"
        shown = ", ".join(str(d) for d in sorted(distances)) or "–"
        print(f"| {country} | {right}/{options.samples} | {others} | {shown} |")
    n = options.samples * len(longdep.PAIRS)
    print(f"\nall countries: {total}/{n} ({total / n:.0%}) end with the right language")


if __name__ == "__main__":
    main()
