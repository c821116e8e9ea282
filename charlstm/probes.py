"""The probe file format: one JSON object per line,

    {"prompt": "…I speak fluent ", "answer": "French", "choices": ["French", …],
     "distance": 123, "set": "ood"}

with "choices", "distance" and "set" optional. "set" names the probe set a record belongs
to (the project writes "in-distribution" and "ood"); records without one form the set
"all". parse() checks every line and encodes the text with the model's vocabulary; score()
gives evaluate.probe_accuracy() for each set.
"""

from __future__ import annotations

import json

from charlstm import evaluate
from charlstm.errors import CharlstmError
from charlstm.text import Vocab

KEYS = ("prompt", "answer", "choices", "distance", "set")
DEFAULT_SET = "all"


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
    header = "| cell | steps | " + " | ".join(bins) + " | all |\n"
    header += "|---|---|" + "---|" * len(bins) + "---|\n"
    rows = []
    for cell, result in results.items():
        accuracies = [result["by_distance"].get(name, {}).get("accuracy") for name in bins]
        shown = ["–" if a is None else f"{a:.0%}" for a in accuracies]
        rows.append(
            f"| {cell} | {result.get('steps', '')} | "
            + " | ".join(shown)
            + f" | {result['probe_accuracy']:.0%} |\n"
        )
    return header + "".join(rows)


def sets_table(results: dict) -> str:
    """{set: probe_accuracy result} -> a markdown table, probe sets × distance bins, each
    cell "accuracy (n)"."""
    bins = bin_names(results)
    header = "| probes | " + " | ".join(bins) + " | all |\n"
    header += "|---|" + "---|" * len(bins) + "---|\n"
    rows = []
    for label, result in results.items():
        shown = []
        for name in bins:
            cell = result["by_distance"].get(name)
            shown.append("–" if cell is None else f"{cell['accuracy']:.0%}")
        rows.append(
            f"| {label} | " + " | ".join(shown) + f" | {result['probe_accuracy']:.1%} "
            f"(n = {result['n']}) |\n"
        )
    return header + "".join(rows)
