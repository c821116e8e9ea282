"""`charlstm serve`: a local web server for one page (static/) and its JSON API.

The standard library's ThreadingHTTPServer serves it: one thread per request, so several
tabs work at once and a long request (a sample streaming) does not block the others; numpy
releases the interpreter lock in its matrix products.

Safety, for a tool rather than a service:
- Models are chosen by ids (m0, m1, …) from the list made at start, and runs are the
  directories under --runs found by listing it; no request names a file.
- A non-loopback host needs a token (check_binding, before anything listens); with a token
  set every request carries it (query ?token= for the page and its files, the X-Token header
  for the API), compared in constant time.
- Without a token the Host header must name a loopback address, so a web page elsewhere
  cannot reach the server through a DNS name that points at 127.0.0.1; API requests must be
  JSON (Content-Type: application/json), which a cross-site form cannot send.
- The page loads only its own script and styles, under a Content-Security-Policy, and puts
  all text into the page as text (textContent), never as markup.

API (POST with a JSON body unless GET; errors are {"error": "…"} with a 4xx status):
  GET  /api/models   the models, the text limit, the default choices
  POST /api/read     {text_id, model, text, units?} -> new positions from `start`
  POST /api/ask      {model, text, choices} -> log p of each choice after the text
  POST /api/grad     {model, text, start, end} -> ‖∂ log p(text[start:end]) / ∂ x_s‖ for s < start
  POST /api/units    {text_id, model, start, end} -> ranked units, where else they fire
  POST /api/sample   {model, text, length, temperature, top_k, stop} -> NDJSON stream
  GET  /api/runs     the loss curves and latest sample of every run under --runs
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import os
import secrets
import threading
import time
import urllib.parse
from collections import OrderedDict
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources as package_files

import numpy as np

from charlstm import checkpoint, corpus, inside, metrics, plot
from charlstm.errors import CharlstmError
from charlstm.evaluate import continuation_logprobs
from charlstm.longdep import task
from charlstm.sample import default_prime, sample_text
from charlstm.serve import reading
from charlstm.text import describe_chars

MAX_TEXT = 4000  # characters of one text, stated on the page
MAX_BODY = 1 << 20  # bytes of one request body
MAX_SAMPLE = 5000  # characters of one sample
MAX_CHOICES, MAX_CHOICE_CHARS = 40, 100
MAX_TEXTS = 64  # readings kept (one per open text and model); the least recently used go
VALIDATION_CHARS = 20_000  # characters of a run's validation text searched by the Cells view
UNITS_SHOWN = 8  # units picked for the heat map at start
RUN_SAMPLE_CHARS = 200  # characters sampled from each run's latest checkpoint
TOKEN_ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")
STATIC = {  # the only files served: name -> content type
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


class RequestError(Exception):
    """A bad request: its message goes back as {"error": …} with the status."""

    def __init__(self, message: str, status: HTTPStatus = HTTPStatus.BAD_REQUEST):
        super().__init__(message)
        self.status = status


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_binding(host: str, token: str | None) -> str | None:
    """The token to require (a new one for "auto"), or None; refuses a non-loopback host
    without a token, and a token a URL cannot carry as it is."""
    if token == "auto":
        return secrets.token_urlsafe(24)
    if token is not None:
        if len(token) < 16 or not set(token) <= TOKEN_ALPHABET:
            raise CharlstmError(
                "--token must be at least 16 characters from A-Z a-z 0-9 - _ . ~ (or auto)"
            )
        return token
    if not is_loopback(host):
        raise CharlstmError(
            f"--host {host} is not a loopback address: anyone who can reach it could use the "
            "server; add --token auto (or your own token) to require one on every request"
        )
    return None


@dataclass
class Entry:
    """One model the page can use, loaded at start."""

    id: str
    name: str  # what the user gave, for the page
    ckpt: checkpoint.Checkpoint
    net64: object  # the model in float64, for the gradient view
    units: list  # units shown in the heat map, picked at start
    how: str  # how they were picked
    validation: str | None  # up to VALIDATION_CHARS of the run's validation text
    validation_memory: np.ndarray | None  # (T, H) the top layer's memory over it
    note: str  # why there is no validation text, when there is none

    def describe(self) -> dict:
        c = self.ckpt.config.model
        vocab = self.ckpt.vocab
        choices = [lang for lang in task.LANGUAGES if not vocab.unknown_chars(lang)]
        return {
            "id": self.id,
            "name": self.name,
            "cell": c.cell,
            "layers": c.layers,
            "hidden": c.hidden,
            "step": self.ckpt.step,
            "quantity": inside.describe(inside.memory_quantity(c.cell)),
            "units": self.units,
            "units_how": self.how,
            "choices": choices,
            "validation": self.note or f"{len(self.validation):,} characters",
        }


def checkpoint_path(given: str) -> str:
    """A checkpoint file, or the model of a run directory: averaged, else best, else last."""
    if os.path.isdir(given):
        for name in ("averaged.npz", "best.npz", "last.npz"):
            path = os.path.join(given, name)
            if os.path.isfile(path):
                return path
        raise CharlstmError(f"{given} holds no averaged.npz, best.npz or last.npz")
    return given


def load_entry(number: int, given: str) -> Entry:
    ckpt = checkpoint.load(checkpoint_path(given))
    net = ckpt.model
    layer = net.num_layers - 1
    memory_name = inside.memory_quantity(net.cell)
    validation, memory, note = None, None, ""
    try:
        ids, _ = corpus.ids_to_score(ckpt, None, "skip")
        ids = ids[:VALIDATION_CHARS]
        traced = inside.trace(net, ids, [memory_name], layer=layer)
        validation, memory = ckpt.vocab.decode(ids), traced.values[memory_name]
        choice = inside.choose_units(traced, validation, memory_name, UNITS_SHOWN)
        units, how = choice.units, choice.how + " (over the run's validation text)"
    except CharlstmError as e:
        note = f"no validation text: {e}"
        units = list(range(min(UNITS_SHOWN, net.hidden)))
        how = "the first units (the run's validation text, to pick from, is unavailable)"
    return Entry(
        id=f"m{number}",
        name=given,
        ckpt=ckpt,
        net64=reading.float64(net),
        units=units,
        how=how,
        validation=validation,
        validation_memory=memory,
        note=note,
    )


def run_directories(runs_dir: str | None) -> list[str]:
    """The directories under runs_dir (and itself) that hold a metrics.jsonl, by name."""
    if runs_dir is None:
        return []
    found = [runs_dir] if os.path.isfile(os.path.join(runs_dir, "metrics.jsonl")) else []
    try:
        names = sorted(os.listdir(runs_dir))
    except OSError:
        return found
    for name in names:
        path = os.path.join(runs_dir, name)
        if os.path.isfile(os.path.join(path, "metrics.jsonl")):
            found.append(path)
    return found


@dataclass
class App:
    """Everything the handlers share: the models, the open texts, the runs."""

    entries: dict  # id -> Entry
    runs_dir: str | None = None
    token: str | None = None
    # (text_id, model) -> (Reading, its lock), the least recently used first
    readings: OrderedDict = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    run_samples: dict = field(default_factory=dict)  # path -> (mtime, step, text)
    streams: int = 0  # samples streaming now (tests watch it fall back to 0)

    def entry(self, body: dict) -> Entry:
        model = body.get("model")
        if model not in self.entries:
            known = ", ".join(self.entries)
            raise RequestError(f"unknown model id {model!r} (known: {known})", HTTPStatus.NOT_FOUND)
        return self.entries[model]

    def encode(self, entry: Entry, text) -> np.ndarray:
        if not isinstance(text, str):
            raise RequestError("'text' must be a string")
        if len(text) > MAX_TEXT:
            raise RequestError(
                f"the text has {len(text):,} characters; the limit is {MAX_TEXT:,}",
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
            )
        unknown = entry.ckpt.vocab.unknown_chars(text)
        if unknown:
            raise RequestError(
                f"{len(unknown)} character(s) not in the model's vocabulary: "
                + describe_chars(unknown[:10])
                + (" …" if len(unknown) > 10 else "")
            )
        return entry.ckpt.vocab.encode(text).astype(np.int64)

    def reading(self, text_id, entry: Entry) -> tuple[reading.Reading, threading.Lock]:
        """The open text's reading by this model, and the lock that lets one request at a
        time use it."""
        if not isinstance(text_id, str) or not 0 < len(text_id) <= 64:
            raise RequestError("'text_id' must be a string of 1 to 64 characters")
        key = (text_id, entry.id)
        with self.lock:
            found = self.readings.pop(key, None)
            if found is None:
                found = (reading.Reading(entry.ckpt.model), threading.Lock())
            self.readings[key] = found
            while len(self.readings) > MAX_TEXTS:
                self.readings.popitem(last=False)
        return found

    def run_sample(self, path: str) -> dict | None:
        """A sample from the run's last checkpoint, made again when the file changes."""
        last = os.path.join(path, "last.npz")
        try:
            mtime = os.stat(last).st_mtime_ns
        except OSError:
            return None
        cached = self.run_samples.get(path)
        if cached is None or cached[0] != mtime:
            try:
                ckpt = checkpoint.load(last)
            except CharlstmError:
                return None if cached is None else {"step": cached[1], "text": cached[2]}
            vocab = ckpt.vocab
            prime = vocab.encode(default_prime(vocab))
            rng = np.random.default_rng(ckpt.step)
            text = sample_text(ckpt.model, vocab.chars, prime, RUN_SAMPLE_CHARS, rng).text
            cached = (mtime, ckpt.step, text)
            self.run_samples[path] = cached
        return {"step": cached[1], "text": cached[2]}


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


class Handler(BaseHTTPRequestHandler):
    server_version = "charlstm"
    app: App  # set on the subclass made by make_server

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass  # quiet: the terminal shows the URL and errors only

    # --- plumbing ---
    def _send(self, status, body: bytes, content_type: str):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, data, status=HTTPStatus.OK):
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8")

    def _error(self, message: str, status=HTTPStatus.BAD_REQUEST):
        self._json({"error": message}, status)

    def _authorised(self, query: dict) -> None:
        token = self.app.token
        if token is None:
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
            if not is_loopback(host):
                raise RequestError(
                    f"Host {host!r} is not a loopback name; open the URL the server printed",
                    HTTPStatus.FORBIDDEN,
                )
            return
        given = self.headers.get("X-Token") or (query.get("token") or [""])[0]
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise RequestError(
                "missing or wrong token: open the URL the server printed",
                HTTPStatus.FORBIDDEN,
            )

    def _body(self) -> dict:
        if not (self.headers.get("Content-Type") or "").startswith("application/json"):
            raise RequestError(
                "the body must be JSON (Content-Type: application/json)",
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
            )
        try:
            size = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise RequestError(
                "a request body needs Content-Length", HTTPStatus.LENGTH_REQUIRED
            ) from None
        if not 0 <= size <= MAX_BODY:
            raise RequestError(
                f"the body is {size:,} bytes; the limit is {MAX_BODY:,}",
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
            )
        raw = self.rfile.read(size)
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            raise RequestError(f"the body is not valid JSON ({e})") from None
        if not isinstance(body, dict):
            raise RequestError("the body must be a JSON object")
        return body

    def _dispatch(self, method: str) -> None:
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        try:
            self._authorised(query)
            route = ROUTES.get((method, url.path))
            if route is None:
                raise RequestError(f"no such page: {method} {url.path}", HTTPStatus.NOT_FOUND)
            route(self, self._body() if method == "POST" else query)
        except RequestError as e:
            self._error(str(e), e.status)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the tab went away
        except Exception as e:  # a bug: say so, and keep serving
            self._error(
                f"internal error: {type(e).__name__}: {e}", HTTPStatus.INTERNAL_SERVER_ERROR
            )

    def do_GET(self):
        self._dispatch("GET")

    def do_POST(self):
        self._dispatch("POST")

    # --- pages ---
    def page(self, query):
        html = (
            package_files.files("charlstm.serve").joinpath("static/index.html").read_text("utf-8")
        )
        suffix = "" if self.app.token is None else "?token=" + urllib.parse.quote(self.app.token)
        self._send(
            HTTPStatus.OK, html.replace("{{QUERY}}", suffix).encode(), "text/html; charset=utf-8"
        )

    def static(self, name):
        data = package_files.files("charlstm.serve").joinpath("static", name).read_bytes()
        self._send(HTTPStatus.OK, data, STATIC[name])

    # --- the API ---
    def models(self, query):
        self._json(
            {
                "models": [e.describe() for e in self.app.entries.values()],
                "limit": MAX_TEXT,
                "runs": self.app.runs_dir is not None,
            }
        )

    def read(self, body):
        entry = self.app.entry(body)
        ids = self.app.encode(entry, body.get("text"))
        units = body.get("units", entry.units)
        if (
            not isinstance(units, list)
            or not all(
                isinstance(u, int) and not isinstance(u, bool) and 0 <= u < entry.ckpt.model.hidden
                for u in units
            )
            or len(units) > 64
        ):
            raise RequestError(
                "'units' must be a list of at most 64 units from 0 to "
                f"{entry.ckpt.model.hidden - 1}"
            )
        text_reading, lock = self.app.reading(body.get("text_id"), entry)
        with lock:
            start = text_reading.update(ids)
            positions = text_reading.positions(entry.ckpt.vocab, start, units)
        self._json({"start": start, "length": len(ids), "units": units, "positions": positions})

    def ask(self, body):
        entry = self.app.entry(body)
        ids = self.app.encode(entry, body.get("text"))
        if not len(ids):
            raise RequestError("type some text first: the choices are scored after it")
        choices = body.get("choices")
        if (
            not isinstance(choices, list)
            or not 0 < len(choices) <= MAX_CHOICES
            or not all(isinstance(c, str) and 0 < len(c) <= MAX_CHOICE_CHARS for c in choices)
        ):
            raise RequestError(
                f"'choices' must be 1 to {MAX_CHOICES} non-empty strings of at most "
                f"{MAX_CHOICE_CHARS} characters"
            )
        choice_ids = [self.app.encode(entry, c) for c in choices]
        logps = continuation_logprobs(entry.ckpt.model, ids, choice_ids)
        shares = np.exp(logps - logps.max())
        shares /= shares.sum()
        best = int(np.argmax(logps))
        self._json(
            {
                "choices": [
                    {"text": c, "logp": float(lp), "share": float(p), "best": i == best}
                    for i, (c, lp, p) in enumerate(zip(choices, logps, shares, strict=True))
                ]
            }
        )

    def grad(self, body):
        entry = self.app.entry(body)
        ids = self.app.encode(entry, body.get("text"))
        start, end = span(body, len(ids))
        if start < 1:
            raise RequestError("the first character has nothing before it to depend on")
        result = reading.gradient_norms(entry.net64, ids, start, end)
        self._json({"model": entry.id, "start": start, "end": end, **result})

    def units(self, body):
        entry = self.app.entry(body)
        text_reading, lock = self.app.reading(body.get("text_id"), entry)
        with lock:
            start, end = span(body, len(text_reading.ids))
            ranked = reading.rank_units(text_reading.memory, start, end)
        elsewhere = []
        if entry.validation is not None:
            top = ranked[:3]
            width = min(max(end - start, 5), 80)
            pad = 30
            for a, b in reading.where_units_fire(entry.validation_memory, top, width):
                lo, hi = max(0, a - pad), min(len(entry.validation), b + pad)
                elsewhere.append(
                    {
                        "before": entry.validation[lo:a],
                        "match": entry.validation[a:b],
                        "after": entry.validation[b:hi],
                        "at": a,
                    }
                )
        self._json({"units": ranked, "elsewhere": elsewhere, "note": entry.note})

    def sample(self, body):
        entry = self.app.entry(body)
        ids = self.app.encode(entry, body.get("text", ""))
        vocab = entry.ckpt.vocab
        length = number(body, "length", 500, 1, MAX_SAMPLE, int)
        temperature = number(body, "temperature", 1.0, 0, 10)
        top_k = number(body, "top_k", 0, 0, len(vocab), int)
        stop = body.get("stop", "")
        if not isinstance(stop, str) or len(stop) > 100:
            raise RequestError("'stop' must be a string of at most 100 characters")
        prime = ids if len(ids) else vocab.encode(default_prime(vocab))
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "application/x-ndjson; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        pending, last = [], [time.monotonic()]

        def flush():
            if pending:
                line = json.dumps({"c": "".join(pending)}, ensure_ascii=False) + "\n"
                self.wfile.write(line.encode("utf-8"))
                self.wfile.flush()
                pending.clear()
                last[0] = time.monotonic()

        def on_char(char):
            pending.append(char)
            if time.monotonic() - last[0] > 0.02:  # a write every 20 ms at most
                flush()

        greedy = temperature == 0
        with self.app.lock:
            self.app.streams += 1
        try:
            result = sample_text(
                entry.ckpt.model,
                vocab.chars,
                prime,
                length,
                np.random.default_rng(),
                1.0 if greedy else temperature,
                top_k,
                1.0,
                greedy,
                (stop,) if stop else (),
                on_char=on_char,
            )
            flush()
            end = {"done": "stop" if result.stop else "length", "chars": len(result.text)}
            self.wfile.write((json.dumps(end) + "\n").encode())
        finally:
            with self.app.lock:
                self.app.streams -= 1
        self.close_connection = True

    def runs(self, query):
        found = []
        for path in run_directories(self.app.runs_dir):
            name = os.path.relpath(path, self.app.runs_dir)
            try:
                c = plot.curves(metrics.read(path))
            except CharlstmError as e:
                found.append({"name": name, "error": str(e)})
                continue
            found.append(
                {
                    "name": name,
                    "step": c["step"].tolist(),
                    "train_loss": c["train_loss"].tolist(),
                    "val_step": c["val_step"].tolist(),
                    "val_loss": c["val_loss"].tolist(),
                    "sample": self.app.run_sample(path),
                }
            )
        self._json({"runs": found})


ROUTES = {
    ("GET", "/"): Handler.page,
    ("GET", "/static/app.js"): lambda h, q: h.static("app.js"),
    ("GET", "/static/app.css"): lambda h, q: h.static("app.css"),
    ("GET", "/api/models"): Handler.models,
    ("GET", "/api/runs"): Handler.runs,
    ("POST", "/api/read"): Handler.read,
    ("POST", "/api/ask"): Handler.ask,
    ("POST", "/api/grad"): Handler.grad,
    ("POST", "/api/units"): Handler.units,
    ("POST", "/api/sample"): Handler.sample,
}


class Server(ThreadingHTTPServer):
    daemon_threads = True  # a stream still running does not hold up Ctrl-C


def make_server(app: App, host: str, port: int) -> Server:
    handler = type("BoundHandler", (Handler,), {"app": app})
    try:
        return Server((host, port), handler)
    except OSError as e:
        raise CharlstmError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None


def build_app(models: list[str], runs_dir: str | None, token: str | None) -> App:
    """Load every model (ids m0, m1, … in the order given) and check --runs."""
    if runs_dir is not None and not os.path.isdir(runs_dir):
        raise CharlstmError(f"--runs {runs_dir} is not a directory")
    if not models and runs_dir is not None:
        models = [path for path in run_directories(runs_dir) if _has_checkpoint(path)]
    if not models:
        raise CharlstmError("give a run directory or checkpoint to serve (or --runs DIR with runs)")
    entries = {}
    for n, given in enumerate(models):
        entry = load_entry(n, given)
        entries[entry.id] = entry
    return App(entries=entries, runs_dir=runs_dir, token=token)


def _has_checkpoint(path: str) -> bool:
    return any(
        os.path.isfile(os.path.join(path, n)) for n in ("averaged.npz", "best.npz", "last.npz")
    )


def url(host: str, port: int, token: str | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/" + ("" if token is None else f"?token={token}")
