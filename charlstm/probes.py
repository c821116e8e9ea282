"""The probe file format: one JSON object per line,

    {"prompt": "…I speak fluent ", "answer": "French", "choices": ["French", …],
     "distance": 123, "set": "ood", "context": "distractor"}

with "choices", "distance", "set" and "context" optional. "set" names the probe set a
record belongs to (the project writes "in-distribution" and "ood"); records without one
form the set "all". "context" names what stands before the story or in its filler
(longdep.probing.CONTEXTS); each set is scored per context, shown as "set, context".
parse() checks every line and encodes the text with the model's vocabulary; score() gives
evaluate.probe_accuracy() for each set and context.

Two readings of a probe (READINGS):

- "zero state": the prompt is read from a zero state;
- "after a story": the prompt is read after one complete story of another language, the
  nearest probe in the file (before it, else after it) whose answer differs, written out as
  its prompt + answer + ".\n". A language model trained on a stream of stories reads every
  story but the first of each pass in this way, with the state the previous story left;
  and a model that merely repeats the previous story's language gets the probe wrong.
"""

from __future__ import annotations

import json

import numpy as np

from charlstm import evaluate, tables
from charlstm.errors import CharlstmError
from charlstm.text import Vocab

KEYS = ("prompt", "answer", "choices", "distance", "set", "context")
DEFAULT_SET = "all"
ZERO_STATE, AFTER_STORY = "zero state", "after a story"
READINGS = (AFTER_STORY, ZERO_STATE)  # the headline first (why: docs/longdep.md)
STORY_END = ".\n"  # what follows the answer in a story of the corpus


def parse(text: str, name: str, vocab: Vocab, unknown: str = "error") -> list[dict]:
    """Probe records with ids in place of strings; any problem names the file and line."""
    probes = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise CharlstmError(f"{where}: not valid JSON ({e.msg})") from None
        if not isinstance(record, dict):
            raise CharlstmError(f"{where}: expected a JSON object")
        unknown_keys = set(record) - set(KEYS)
        if unknown_keys:
            raise CharlstmError(
                f"{where}: unknown key {sorted(unknown_keys)[0]!r} (valid: {', '.join(KEYS)})"
            )
        prompt, answer = record.get("prompt"), record.get("answer")
        choices, distance = record.get("choices"), record.get("distance")
        if not isinstance(prompt, str) or not prompt:
            raise CharlstmError(f"{where}: 'prompt' must be a non-empty string")
        if not isinstance(answer, str) or not answer:
            raise CharlstmError(f"{where}: 'answer' must be a non-empty string")
        if choices is not None and (
            not isinstance(choices, list)
            or not all(isinstance(c, str) and c for c in choices)
            or answer not in choices
        ):
            raise CharlstmError(
                f"{where}: 'choices' must be a list of non-empty strings that includes the answer"
            )
        if distance is not None and (
            not isinstance(distance, int) or isinstance(distance, bool) or distance < 0
        ):
            raise CharlstmError(f"{where}: 'distance' must be a non-negative integer")
        label = record.get("set", DEFAULT_SET)
        if not isinstance(label, str) or not label:
            raise CharlstmError(f"{where}: 'set' must be a non-empty string")
        context = record.get("context")
        if context is not None and (not isinstance(context, str) or not context):
            raise CharlstmError(f"{where}: 'context' must be a non-empty string")
        if context is not None:
            label = f"{label}, {context}"
        try:
            prompt_ids = vocab.encode(prompt, unknown=unknown)
        except CharlstmError as e:
            raise CharlstmError(f"{where}: {e}") from None
        outside = vocab.unknown_chars(answer + "".join(choices or []))
        if outside:  # an answer the model cannot write cannot be scored; no skipping here
            raise CharlstmError(
                f"{where}: the answer or choices use characters outside the model's vocabulary: "
                + ", ".join(repr(c) for c in outside)
            )
        answer_ids = vocab.encode(answer)
        choice_ids = [vocab.encode(c) for c in choices] if choices else None
        if len(prompt_ids) == 0:
            raise CharlstmError(f"{where}: the prompt has no characters in the vocabulary")
        probes.append(
            {
                "prompt": prompt_ids,
                "answer": answer_ids,
                "choices": choice_ids,
                "distance": distance,
                "set": label,
            }
        )
    if not probes:
        raise CharlstmError(f"{name} holds no probes")
    return probes


def after_story(probes: list[dict], vocab: Vocab) -> list[dict] | None:
    """The probes with each prompt preceded by one complete story whose language differs
    from the probe's answer: the nearest probe in the file (the closest earlier one, else the
    closest later one) with another answer, as its prompt + answer + STORY_END (the
    characters of STORY_END the vocabulary lacks left out). None when every probe has the
    same answer, so no such story exists."""
    end = vocab.encode(STORY_END, unknown="skip")
    result = []
    for i, probe in enumerate(probes):
        order = list(range(i - 1, -1, -1)) + list(range(i + 1, len(probes)))
        other = next((j for j in order if not _same(probes[j]["answer"], probe["answer"])), None)
        if other is None:
            return None
        story = np.concatenate([probes[other]["prompt"], probes[other]["answer"], end])
        result.append({**probe, "prompt": np.concatenate([story, probe["prompt"]])})
    return result


def _same(a, b) -> bool:
    return len(a) == len(b) and bool(np.all(a == b))


def score_readings(net, probes: list[dict], vocab: Vocab) -> dict:
    """{reading: {set: probe_accuracy result}} for each of READINGS that applies (after a
    story needs two different answers in the file)."""
    results = {}
    preceded = after_story(probes, vocab)
    if preceded is not None:
        results[AFTER_STORY] = score(net, preceded)
    results[ZERO_STATE] = score(net, probes)
    return results


def combine(by_set: dict) -> dict:
    """{set: probe_accuracy result} -> one probe_accuracy result over all the sets' probes."""
    n = sum(result["n"] for result in by_set.values())
    hits = sum(round(result["probe_accuracy"] * result["n"]) for result in by_set.values())
    bins: dict[str, list[int]] = {}
    for name in evaluate.bin_order():
        for result in by_set.values():
            cell = result["by_distance"].get(name)
            if cell is not None:
                total = bins.setdefault(name, [0, 0])
                total[0] += round(cell["accuracy"] * cell["n"])
                total[1] += cell["n"]
    return {
        "probe_accuracy": hits / n,
        "n": n,
        "by_distance": {name: {"n": m, "accuracy": k / m} for name, (k, m) in bins.items()},
    }


def score(net, probes: list[dict]) -> dict:
    """{set: evaluate.probe_accuracy of the Model net over that set's probes}, sets in order
    of appearance."""
    sets: dict[str, list] = {}
    for probe in probes:
        sets.setdefault(probe["set"], []).append(probe)
    return {label: evaluate.probe_accuracy(net, members) for label, members in sets.items()}


def to_jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def bin_names(results: dict) -> list[str]:
    """The distance bins any of {name: probe_accuracy result} has, in order of appearance."""
    bins: list[str] = []
    for result in results.values():
        bins += [name for name in result["by_distance"] if name not in bins]
    return bins


def markdown_table(results: dict) -> str:
    """{cell: probe_accuracy result (+ "steps")} -> a markdown table, cells × distance bins."""
    bins = bin_names(results)
    rows = []
    for cell, result in results.items():
        accuracies = [result["by_distance"].get(name, {}).get("accuracy") for name in bins]
        shown = ["–" if a is None else f"{a:.0%}" for a in accuracies]
        rows.append([cell, result.get("steps", ""), *shown, f"{result['probe_accuracy']:.0%}"])
    return tables.markdown(["cell", "steps", *bins, "all"], rows)


def sets_table(readings: dict) -> str:
    """{reading: {set: probe_accuracy result}} -> a markdown table, one row per probe set and
    reading, columns the distance bins."""
    bins = bin_names({(r, s): v for r, sets in readings.items() for s, v in sets.items()})
    rows = []
    labels = list(dict.fromkeys(label for sets in readings.values() for label in sets))
    for label in labels:
        for reading, sets in readings.items():
            result = sets[label]
            shown = []
            for name in bins:
                cell = result["by_distance"].get(name)
                shown.append("–" if cell is None else f"{cell['accuracy']:.0%}")
            total = f"{result['probe_accuracy']:.1%} (n = {result['n']})"
            rows.append([label, reading, *shown, total])
    return tables.markdown(["probes", "read", *bins, "all"], rows)
