"""benchmarks/story_endings.py primes each story after one complete story of another country
(the headline reading of the probes), so a model that repeats the last language is wrong."""

import importlib.util
import re

import numpy as np

from charlstm import longdep

spec = importlib.util.spec_from_file_location("story_endings", "benchmarks/story_endings.py")
story_endings = importlib.util.module_from_spec(spec)
spec.loader.exec_module(story_endings)


def test_the_story_before_is_one_whole_story_of_another_country():
    rng = np.random.default_rng(0)
    pairs = dict(longdep.PAIRS)
    for country in longdep.COUNTRIES:
        for _ in range(20):
            before = story_endings.story_before(rng, country)
            found = re.fullmatch(r"I grew up in (\w+)\. (?:.+ )?I speak fluent (\w+)\.\n", before)
            assert found, before
            other, language = found.groups()
            assert other != country and pairs[other] == language
            assert before.count("\n") == 1
