"""charlstm serve without a browser: the numbers the page shows (gradient view against finite
differences, incremental reading against a full re-read), every bad request's error, the
host and token rules, and that no request reads a file it names."""

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from importlib import resources as package_files

import numpy as np
import pytest

from charlstm import inside
from charlstm.config import ModelConfig
from charlstm.model import Model, cross_entropy
from charlstm.serve import access, reading, server, session
from charlstm.serve.request import MAX_TEXT

from .helpers import one_line_error, run


def random_model(cell: str, embed_dim: int, vocab_size: int = 7, seed: int = 0) -> Model:
    """A tiny float64 model with every parameter, biases included, random and not small."""
    config = ModelConfig(cell=cell, layers=2, hidden=5, embed_dim=embed_dim, dtype="float64")
    rng = np.random.default_rng(seed)
    net = Model.init(config, vocab_size, rng)
    for value in net.params.values():
        value[...] = rng.normal(0, 0.7, value.shape)
    return net


def logprob_from_inputs(net: Model, X: np.ndarray, ids: np.ndarray, start: int, end: int):
    """log p(ids[start:end] | ids[:start]) from the input vectors X (T, I), by the forward
    pass alone: the stand-in model whose embedding rows are X."""
    params = {k: v for k, v in net.params.items() if k != "embed.W"}
    stand_in = Model(net.cell, {**params, "embed.W": X})
    logits, _, _ = stand_in.forward(np.arange(len(X))[:, None], stand_in.zero_state(1))
    nll, _ = cross_entropy(logits[:, 0], ids[1:end])
    return -float(nll[start - 1 :].sum())


@pytest.mark.parametrize("cell,embed_dim", [("lstm", 0), ("lstm", 3), ("gru", 0), ("rnn", 4)])
def test_gradient_view_matches_finite_differences(cell, embed_dim):
    net = random_model(cell, embed_dim)
    rng = np.random.default_rng(1)
    ids = rng.integers(0, 7, 14)
    start, end = 9, 12  # a three-character answer after nine characters
    logp, grads = reading.answer_logprob_and_input_grads(net, ids, start, end)
    X = reading.input_vectors(net, ids[: end - 1], 7)
    assert np.isclose(logp, logprob_from_inputs(net, X, ids, start, end), rtol=1e-12)
    numeric = np.zeros_like(X)
    eps = 1e-6
    for s in range(X.shape[0]):
        for j in range(X.shape[1]):
            up, down = X.copy(), X.copy()
            up[s, j] += eps
            down[s, j] -= eps
            numeric[s, j] = (
                logprob_from_inputs(net, up, ids, start, end)
                - logprob_from_inputs(net, down, ids, start, end)
            ) / (2 * eps)
    error = np.linalg.norm(grads - numeric) / np.linalg.norm(numeric)
    assert error < 1e-7, error
    view = reading.gradient_norms(net, ids, start, end)
    expected = np.linalg.norm(numeric[:start], axis=1)
    assert len(view["norms"]) == start
    np.testing.assert_allclose(view["norms"], expected, rtol=1e-3)
    assert np.isclose(view["logp"], logp)


def full_read(net, ids):
    fresh = reading.Reading(net)
    fresh.update(ids)
    return fresh


@pytest.mark.parametrize("cell", ["lstm", "gru"])
def test_incremental_reading_equals_a_full_reread(cell):
    net = random_model(cell, 0, vocab_size=9, seed=2)
    rng = np.random.default_rng(3)
    text = list(rng.integers(0, 9, 40))
    live = reading.Reading(net)
    edits = []
    for n in range(60):  # typing at the end, deleting, editing the middle, pasting
        kind = rng.choice(["type", "type", "type", "delete", "middle", "paste"])
        if kind == "type":
            text.append(int(rng.integers(0, 9)))
        elif kind == "delete" and text:
            del text[-int(rng.integers(1, 4)) :]
        elif kind == "middle" and text:
            text[int(rng.integers(0, len(text)))] = int(rng.integers(0, 9))
        else:
            at = int(rng.integers(0, len(text) + 1))
            text[at:at] = list(rng.integers(0, 9, int(rng.integers(1, 20))))
        start = live.update(np.array(text))
        edits.append(start)
        if n % 15 == 14:
            whole = full_read(net, np.array(text))
            for name in ("surprise", "top_ids", "top_probs", "memory"):
                np.testing.assert_allclose(
                    getattr(live, name), getattr(whole, name), rtol=1e-10, atol=1e-12
                )
            np.testing.assert_allclose(live.next_logits, whole.next_logits, rtol=1e-10)
    assert any(0 < s for s in edits)  # some edits re-read only part of the text

    # and the full reading agrees with the library's own tracing and scoring
    ids = np.array(text)
    whole = full_read(net, ids)
    traced = inside.trace(net, ids, [inside.memory_quantity(cell)], layer=1)
    np.testing.assert_allclose(whole.memory, traced.values[inside.memory_quantity(cell)])
    np.testing.assert_array_equal(whole.top_ids[1:], traced.top_ids[:-1])
    nll, _ = net.sequence_nll(ids[:-1, None], ids[1:, None], net.zero_state(1))
    np.testing.assert_allclose(whole.surprise[1:], nll[:, 0] / np.log(2), rtol=1e-10)
    assert np.isnan(whole.surprise[0])


def test_typing_at_the_end_is_one_model_step(monkeypatch):
    net = random_model("lstm", 0, vocab_size=9)
    live = reading.Reading(net)
    live.update(np.arange(50) % 9)
    calls = []
    forward = net.forward
    monkeypatch.setattr(net, "forward", lambda x, s: calls.append(x.shape) or forward(x, s))
    assert live.update(np.arange(51) % 9) == 50
    assert calls == [(1, 1)]


def test_rank_units_finds_the_unit_on_across_the_span():
    rng = np.random.default_rng(0)
    memory = rng.normal(0, 0.1, (200, 6))
    memory[50:60, 4] = -2.0  # unit 4 is on (negative) across the span only
    memory[:, 2] = 1.5  # unit 2 is on everywhere
    ranked = reading.rank_units(memory, 50, 60)
    assert ranked[0]["unit"] == 4 and ranked[0]["sign"] == -1
    assert [u["unit"] for u in ranked].index(2) > 0
    memory[150:160, 4] = -2.0
    found = reading.where_units_fire(memory, ranked[:1], 10, count=2)
    assert sorted(found) == [(50, 60), (150, 160)]


# --- the server, in this process ---


@pytest.fixture(scope="module")
def app(trained_once):
    out, _ = trained_once
    return session.build_app([out], os.path.dirname(out), None)


@pytest.fixture
def serving(app):
    httpd = server.make_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


def request(port, method, path, body=None, headers=None, raw=None):
    """(status, parsed JSON or text) of one request."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    sent = {"Content-Type": "application/json"} if (body is not None or raw is not None) else {}
    sent.update(headers or {})
    data = raw if raw is not None else None if body is None else json.dumps(body).encode()
    connection.request(method, path, body=data, headers=sent)
    response = connection.getresponse()
    text = response.read().decode("utf-8")
    connection.close()
    kind = response.getheader("Content-Type") or ""
    return response.status, json.loads(text) if kind.startswith("application/json") else text


def test_each_bad_request_gets_its_error_and_the_server_keeps_serving(serving, app):
    port = serving
    limit = MAX_TEXT
    cases = [
        (
            {"model": "m0", "text_id": "a", "text": "I" * (limit + 1)},
            413,
            f"the text has {limit + 1:,} characters; the limit is {limit:,}",
        ),
        (
            {"model": "m0", "text_id": "a", "text": "I grew up in Ωmega€"},
            400,
            "2 character(s) not in the model's vocabulary: 'Ω', '€'",
        ),
        ({"model": "m7", "text_id": "a", "text": "I"}, 404, "unknown model id 'm7' (known: m0)"),
        ({"model": "m0", "text_id": "a", "text": 5}, 400, "'text' must be a string"),
        ({"model": "m0", "text": "I"}, 400, "'text_id' must be a string"),
        ({"model": "m0", "text_id": "a", "text": "I", "units": [999]}, 400, "'units' must be"),
    ]
    for body, status, message in cases:
        got = request(port, "POST", "/api/read", body)
        assert got[0] == status and message in got[1]["error"], (body, got)
    assert request(port, "POST", "/api/read", raw=b'{"model": "m0", ')[1]["error"].startswith(
        "the body is not valid JSON"
    )
    assert request(port, "POST", "/api/read", raw=b"[1, 2]")[1] == {
        "error": "the body must be a JSON object"
    }
    assert request(port, "POST", "/api/read", raw=b"\xff\xfe")[1]["error"].startswith(
        "the body is not valid JSON"
    )
    status, body = request(
        port, "POST", "/api/read", raw=b"model=m0", headers={"Content-Type": "text/plain"}
    )
    assert status == 415 and "must be JSON" in body["error"]
    status, body = request(port, "POST", "/api/ask", {"model": "m0", "text": "I", "choices": []})
    assert status == 400 and "'choices' must be 1 to" in body["error"]
    status, body = request(
        port, "POST", "/api/grad", {"model": "m0", "text": "I grew", "start": 4, "end": 9}
    )
    assert status == 400 and "start < end ≤ 6" in body["error"]
    status, body = request(
        port, "POST", "/api/sample", {"model": "m0", "text": "I", "temperature": "hot"}
    )
    assert status == 400 and "'temperature' must be a number" in body["error"]
    assert request(port, "GET", "/nothing")[0] == 404
    # ... and still serves
    status, body = request(
        port, "POST", "/api/read", {"model": "m0", "text_id": "b", "text": "I g"}
    )
    assert status == 200 and body["length"] == 3 and len(body["positions"]["s"]) == 3
    assert body["positions"]["s"][0] is None and body["positions"]["top"][0] == []
    assert len(body["positions"]["top"][1]) == len(body["positions"]["p"][1]) == 5


def test_a_tab_closed_mid_stream_ends_the_sample_and_others_are_served(serving, app):
    port = serving
    body = json.dumps({"model": "m0", "text": "I", "length": 5000}).encode()
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(
        b"POST /api/sample HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    assert b'{"c"' in sock.recv(4096) + sock.recv(4096)
    # while it streams, another request is answered
    assert request(port, "GET", "/api/models")[0] == 200
    sock.close()
    deadline = time.monotonic() + 20
    while app.streams and time.monotonic() < deadline:
        time.sleep(0.05)
    assert app.streams == 0
    assert request(port, "GET", "/api/models")[0] == 200


def test_sample_streams_and_stops_at_the_stop_string(serving):
    status, text = request(
        serving,
        "POST",
        "/api/sample",
        {"model": "m0", "text": "I grew", "length": 300, "stop": "e", "temperature": 1},
    )
    lines = [json.loads(line) for line in text.splitlines()]
    made = "".join(line.get("c", "") for line in lines)
    assert status == 200 and lines[-1]["done"] in ("stop", "length")
    if lines[-1]["done"] == "stop":
        assert made.endswith("e") and made.count("e") == 1


def test_no_request_reads_a_file_it_names(serving, trained_once, tmp_path):
    """Every field and path a request could use to name a file, with a real checkpoint's
    path: nothing outside the package's own page files is opened while they are answered."""
    port = serving
    out, data = trained_once
    secret = tmp_path / "secret.txt"
    secret.write_text("I grew up in", encoding="utf-8")
    names = [str(secret), out + "/best.npz", data, "../" * 8 + "etc/passwd"]
    opened = []

    def hook(event, args):
        if event == "open" and recording:
            opened.append(str(args[0]))

    recording = False
    sys.addaudithook(hook)
    recording = True
    try:
        for name in names:
            for field in ("model", "text_id", "text"):
                body = {"model": "m0", "text_id": "x", "text": "I", "choices": ["I"], "length": 3}
                body[field] = name
                for path in ("/api/read", "/api/ask", "/api/grad", "/api/units", "/api/sample"):
                    request(port, "POST", path, body)
            for path in (f"/static/{name}", f"/{name}", f"/static/..%2f{name}", f"/?file={name}"):
                assert request(port, "GET", path)[0] in (200, 404)
    finally:
        recording = False
    touched = [p for p in opened if any(os.path.basename(n) in p for n in names)]
    assert touched == [], touched
    # the page's own files, and Python's imports and /proc/self/maps (numpy) at most
    # /proc/stat: sampling's thread rule reads how idle the cores are (sample.ThreadRule)
    allowed = ("charlstm/serve/static/", "/proc/self/", "/proc/stat", ".pyc", ".py")
    assert all(any(a in p for a in allowed) for p in opened), opened


# --- host and token ---


def test_a_non_loopback_host_needs_a_token():
    one_line_error(run("serve", "x.npz", "--host", "0.0.0.0"), "--host 0.0.0.0 is not a loopback")
    one_line_error(run("serve", "x.npz", "--host", "example.org"), "not a loopback address")
    one_line_error(run("serve", "x.npz", "--token", "short"), "--token must be at least 16")
    assert access.check_binding("127.0.0.1", None) is None
    assert access.check_binding("::1", None) is None
    assert access.check_binding("localhost", None) is None
    assert access.check_binding("0.0.0.0", "a-token-of-16-chars") == "a-token-of-16-chars"
    made = access.check_binding("192.168.1.5", "auto")
    assert len(made) >= 16 and made != access.check_binding("192.168.1.5", "auto")


def test_with_a_token_every_request_must_carry_it(app):
    token = "the-users-own-token-123"
    app_with_token = session.App(entries=app.entries, token=token)
    httpd = server.make_server(app_with_token, "127.0.0.1", 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_address[1]
    try:
        body = {"model": "m0", "text_id": "a", "text": "I"}
        for path in ("/", "/static/app.js", "/api/models", "/api/runs"):
            status, got = request(port, "GET", path)
            assert status == 403 and "token" in got["error"], path
            assert request(port, "GET", path + "?token=wrong-token-wrong-token")[0] == 403
            assert request(port, "GET", path + "?token=" + token)[0] == 200, path
        assert request(port, "POST", "/api/read", body)[0] == 403
        assert request(port, "POST", "/api/read", body, {"X-Token": token + "x"})[0] == 403
        assert request(port, "POST", "/api/read", body, {"X-Token": token})[0] == 200
        page = request(port, "GET", "/?token=" + token)[1]
        assert f'src="/static/app.js?token={token}"' in page
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_without_a_token_the_host_header_must_be_loopback(serving):
    assert request(serving, "GET", "/api/models", headers={"Host": "localhost:1"})[0] == 200
    status, body = request(serving, "GET", "/api/models", headers={"Host": "evil.example:80"})
    assert status == 403 and "not a loopback name" in body["error"]


def test_page_has_a_strict_policy_and_no_outside_resources(serving):
    connection = http.client.HTTPConnection("127.0.0.1", serving)
    connection.request("GET", "/")
    response = connection.getresponse()
    page = response.read().decode()
    policy = response.getheader("Content-Security-Policy")
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "unsafe" not in policy
    assert "http" not in page.replace('lang="en"', "")  # no outside URL
    script = (package_files.files("charlstm.serve") / "static/app.js").read_text()
    assert "innerHTML" not in script and "eval(" not in script


@pytest.mark.slow
def test_ctrl_c_stops_the_server_cleanly(trained_once):
    out, _ = trained_once
    process = subprocess.Popen(
        [sys.executable, "-m", "charlstm", "serve", out, "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = []
    for line in process.stderr:
        lines.append(line)
        if line.startswith("serving "):
            break
    port = int(lines[-1].split(":")[-1].strip("/\n"))
    assert request(port, "GET", "/api/models")[0] == 200
    process.send_signal(signal.SIGINT)
    rest = process.stderr.read()
    assert process.wait(timeout=30) == 0
    assert rest.strip().endswith("stopped") and "Traceback" not in rest
