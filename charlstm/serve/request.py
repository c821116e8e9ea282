"""What a request to `charlstm serve` may carry: its limits, and the checks that turn a JSON
body's values into arguments or a RequestError that names the value and its bounds."""

from __future__ import annotations

import json
from http import HTTPStatus

import numpy as np

from charlstm.text import Vocab, describe_chars

MAX_TEXT = 4000  # characters of one text, stated on the page
MAX_BODY = 1 << 20  # bytes of one request body
MAX_SAMPLE = 5000  # characters of one sample
MAX_CHOICES, MAX_CHOICE_CHARS = 40, 100
MAX_UNITS = 64  # units one reading may ask for


class RequestError(Exception):
    """A bad request: its message goes back as {"error": …} with the status."""

    def __init__(self, message: str, status: HTTPStatus = HTTPStatus.BAD_REQUEST):
        super().__init__(message)
        self.status = status


def json_body(content_type: str | None, content_length: str | None, rfile) -> dict:
    """The JSON object a POST carries, read from rfile; only JSON, so that a cross-site form
    (which cannot send application/json) is refused."""
    if not (content_type or "").startswith("application/json"):
        raise RequestError(
            "the body must be JSON (Content-Type: application/json)",
            HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
        )
    try:
        size = int(content_length or "")
    except ValueError:
        raise RequestError(
            "a request body needs Content-Length", HTTPStatus.LENGTH_REQUIRED
        ) from None
    if not 0 <= size <= MAX_BODY:
        raise RequestError(
            f"the body is {size:,} bytes; the limit is {MAX_BODY:,}",
            HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
        )
    raw = rfile.read(size)
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise RequestError(f"the body is not valid JSON ({e})") from None
    if not isinstance(body, dict):
        raise RequestError("the body must be a JSON object")
    return body


def text_ids(vocab: Vocab, text) -> np.ndarray:
    """A text of at most MAX_TEXT characters, all in the model's vocabulary, as ids."""
    if not isinstance(text, str):
        raise RequestError("'text' must be a string")
    if len(text) > MAX_TEXT:
        raise RequestError(
            f"the text has {len(text):,} characters; the limit is {MAX_TEXT:,}",
            HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
        )
    unknown = vocab.unknown_chars(text)
    if unknown:
        raise RequestError(
            f"{len(unknown)} character(s) not in the model's vocabulary: "
            + describe_chars(unknown[:10])
            + (" …" if len(unknown) > 10 else "")
        )
    return vocab.encode(text).astype(np.int64)


def number(body: dict, key: str, default, lo, hi, kind=float):
    value = body.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not lo <= value <= hi:
        raise RequestError(f"{key!r} must be a number from {lo} to {hi}")
    if kind is int and value != int(value):
        raise RequestError(f"{key!r} must be a whole number")
    return kind(value)


def span(body: dict, length: int) -> tuple[int, int]:
    start = number(body, "start", None, 0, MAX_TEXT + 200, int) if "start" in body else None
    end = number(body, "end", None, 0, MAX_TEXT + 200, int) if "end" in body else None
    if start is None or end is None or not start < end <= length:
        raise RequestError(f"'start' and 'end' must satisfy start < end ≤ {length}")
    return start, end


def units(body: dict, default: list, hidden: int) -> list:
    chosen = body.get("units", default)
    if (
        not isinstance(chosen, list)
        or not all(
            isinstance(u, int) and not isinstance(u, bool) and 0 <= u < hidden for u in chosen
        )
        or len(chosen) > MAX_UNITS
    ):
        raise RequestError(
            f"'units' must be a list of at most {MAX_UNITS} units from 0 to {hidden - 1}"
        )
    return chosen


def choices(body: dict) -> list[str]:
    chosen = body.get("choices")
    if (
        not isinstance(chosen, list)
        or not 0 < len(chosen) <= MAX_CHOICES
        or not all(isinstance(c, str) and 0 < len(c) <= MAX_CHOICE_CHARS for c in chosen)
    ):
        raise RequestError(
            f"'choices' must be 1 to {MAX_CHOICES} non-empty strings of at most "
            f"{MAX_CHOICE_CHARS} characters"
        )
    return chosen


def stop(body: dict) -> str:
    given = body.get("stop", "")
    if not isinstance(given, str) or len(given) > 100:
        raise RequestError("'stop' must be a string of at most 100 characters")
    return given
