"""`charlstm serve`: a local web server for one page (static/) and its JSON API; this
module routes requests and writes responses.

The standard library's ThreadingHTTPServer serves it: one thread per request, so several
tabs work at once and a long request (a sample streaming) does not block the others; numpy
releases the interpreter lock in its matrix products.

Safety, for a tool rather than a service:
- Models are chosen by ids (m0, m1, …) from the list made at start, and runs are the
  directories under --runs found by listing it; no request names a file.
- A non-loopback host needs a token (access.check_binding, before anything listens); with a
  token set every request carries it (query ?token= for the page and its files, the X-Token header
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

Modules: access (host and token), request (limits and checks of a request's values),
session (the models and open texts), reading (the numpy behind read, grad and units),
runs (the Runs view).
"""

from __future__ import annotations

import json
import time
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources as package_files

import numpy as np

from charlstm.errors import CharlstmError
from charlstm.evaluate import continuation_logprobs
from charlstm.sample import default_prime, sample_text
from charlstm.serve import access, reading, request
from charlstm.serve.request import RequestError
from charlstm.serve.runs import describe_runs
from charlstm.serve.session import App

STATIC = {  # the only files served: name -> content type
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


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

    def _dispatch(self, method: str) -> None:
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        try:
            given = self.headers.get("X-Token") or (query.get("token") or [""])[0]
            access.authorise(self.app.token, self.headers.get("Host"), given)
            route = ROUTES.get((method, url.path))
            if route is None:
                raise RequestError(f"no such page: {method} {url.path}", HTTPStatus.NOT_FOUND)
            if method == "POST":
                headers = self.headers
                body = request.json_body(
                    headers.get("Content-Type"), headers.get("Content-Length"), self.rfile
                )
                route(self, body)
            else:
                route(self, query)
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
                "limit": request.MAX_TEXT,
                "runs": self.app.runs_dir is not None,
            }
        )

    def read(self, body):
        entry = self.app.entry(body)
        ids = request.text_ids(entry.ckpt.vocab, body.get("text"))
        units = request.units(body, entry.units, entry.ckpt.model.hidden)
        text_reading, lock = self.app.reading(body.get("text_id"), entry)
        with lock:
            start = text_reading.update(ids)
            positions = text_reading.positions(entry.ckpt.vocab, start, units)
        self._json({"start": start, "length": len(ids), "units": units, "positions": positions})

    def ask(self, body):
        entry = self.app.entry(body)
        ids = request.text_ids(entry.ckpt.vocab, body.get("text"))
        if not len(ids):
            raise RequestError("type some text first: the choices are scored after it")
        choices = request.choices(body)
        choice_ids = [request.text_ids(entry.ckpt.vocab, c) for c in choices]
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
        ids = request.text_ids(entry.ckpt.vocab, body.get("text"))
        start, end = request.span(body, len(ids))
        if start < 1:
            raise RequestError("the first character has nothing before it to depend on")
        result = reading.gradient_norms(entry.net64, ids, start, end)
        self._json({"model": entry.id, "start": start, "end": end, **result})

    def units(self, body):
        entry = self.app.entry(body)
        text_reading, lock = self.app.reading(body.get("text_id"), entry)
        with lock:
            start, end = request.span(body, len(text_reading.ids))
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
        ids = request.text_ids(entry.ckpt.vocab, body.get("text", ""))
        vocab = entry.ckpt.vocab
        length = request.number(body, "length", 500, 1, request.MAX_SAMPLE, int)
        temperature = request.number(body, "temperature", 1.0, 0, 10)
        top_k = request.number(body, "top_k", 0, 0, len(vocab), int)
        stop = request.stop(body)
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
        self._json({"runs": describe_runs(self.app.runs_dir, self.app.run_samples)})


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
