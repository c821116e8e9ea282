"""charlstm viz: per-character values read from the cells' caches (checked against the
equations), the automatic unit choice (on synthetic values and on a trained long-dependency
model), the HTML page (structure, escaping, no network, top-5 data) and the pictures."""

import html
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser

import numpy as np
import pytest

from charlstm import checkpoint, inside, train, viz
from charlstm.cells import CELLS
from charlstm.config import Config, ModelConfig, TrainConfig
from charlstm.errors import CharlstmError
from charlstm.longdep import sides, task
from charlstm.model import Model
from charlstm.text import Vocab

from . import reference
from .helpers import one_line_error, run, unavailable


@pytest.mark.parametrize("cell", ["lstm", "peephole", "coupled", "gru", "rnn"])
def test_traced_values_follow_the_equations(cell):
    H, V, layers = 5, 6, 2
    config = ModelConfig(cell=cell, hidden=H, layers=layers, dtype="float64", forget_bias=0.5)
    net = Model.init(config, V, np.random.default_rng(4))
    ids = np.random.default_rng(5).integers(V, size=300)
    traced = inside.trace(net, ids, inside.QUANTITIES[cell], layer=0, chunk=128)
    one_hot = np.eye(V)[ids][:, None]  # (T, 1, V)
    zero = tuple(np.zeros((1, H)) for _ in CELLS[cell].STATE)
    _, _, expected = reference.run(cell, net.layer_params(0), one_hot, zero)
    assert set(expected) == set(inside.QUANTITIES[cell])
    for q in inside.QUANTITIES[cell]:
        np.testing.assert_allclose(traced.values[q], expected[q][:, 0], rtol=1e-10, atol=1e-12)
    # the top-5 guesses are the model's own, at every position (state carried across chunks)
    logits, _, _ = net.forward(ids[:, None], net.zero_state(1))
    probs = np.exp(logits[:, 0] - logits[:, 0].max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    assert traced.top_ids.shape == (300, 5)
    np.testing.assert_array_equal(traced.top_ids[:, 0], probs.argmax(axis=1))
    np.testing.assert_allclose(traced.top_probs, np.take_along_axis(probs, traced.top_ids, 1))
    assert np.all(np.diff(traced.top_probs, axis=1) <= 0)


def test_quantities_a_cell_lacks_are_errors():
    assert inside.QUANTITIES["rnn"] == ("hidden",)
    assert inside.QUANTITIES["gru"] == ("hidden", "candidate", "reset", "update")
    assert inside.memory_quantity("gru") == "hidden" and inside.memory_quantity("lstm") == "cell"
    with pytest.raises(
        CharlstmError, match="the rnn cell has no 'cell' values; choose from hidden"
    ):
        inside.check_quantity("rnn", "cell")
    with pytest.raises(CharlstmError, match="choose from hidden, candidate, reset, update"):
        inside.check_quantity("gru", "forget")


def story_text(countries, seed=0, lo=20, hi=60):
    rng = np.random.default_rng(seed)
    language = dict(task.PAIRS)
    filler = sides.grammar_sides()[0].filler
    lines = []
    for n in range(len(countries)):
        country = countries[n]
        target = int(rng.integers(lo, hi))
        lines.append(task.story(rng, country, language[country], target, filler))
    return "\n".join(lines) + "\n"


def test_separation_scores_a_country_unit_near_1_and_noise_near_0():
    countries = ["France", "Germany", "Spain"] * 20
    text = story_text(countries)
    stories = inside.find_stories(text)
    assert stories.countries == countries and stories.usable
    for (a, b), line in zip(stories.filler, text.splitlines(True), strict=False):
        assert task.distance(line) == b - a
    rng = np.random.default_rng(0)
    values = rng.normal(size=(len(text), 3))  # unit 0: noise; 1: the country; 2: weaker
    code = {"France": -1.0, "Germany": 0.5, "Spain": 2.0}
    for country, (a, b) in zip(stories.countries, stories.filler, strict=True):
        values[a:b, 1] += 10 * code[country]
        values[a:b, 2] += code[country]
    score = inside.separation(values, stories)
    assert abs(score[0]) < 0.1 and score[1] > 0.99 and 0.3 < score[2] < score[1]
    traced = inside.Trace("lstm", {"cell": values, "hidden": values}, None, None)
    choice = inside.choose_units(traced, text, "hidden", 2)
    assert choice.units == [1, 2] and "separates the countries of the 60 stories" in choice.how
    # other text (or too few stories): the units that vary most
    values[:, 0] *= 100
    choice = inside.choose_units(traced, "plain text\n" * 10, "hidden", 1)
    assert choice.units == [0] and "varies most" in choice.how
    few = story_text(["France", "Germany"])  # two stories of two countries: no way to tell
    assert not inside.find_stories(few).usable


def short(rng):
    """Filler from a few short sentences (the unit choice is tested here, not the task)."""
    return ("It rained.", "We sang.", "Dogs barked.", "Time flew.")[int(rng.integers(4))]


def stories(pairs, n, seed, lo=10, hi=30):
    """n story lines about the given (country, language) pairs, distances in [lo, hi]."""
    rng = np.random.default_rng(seed)
    lines = []
    while len(lines) < n:
        country, language = pairs[int(rng.integers(len(pairs)))]
        line = task.story(rng, country, language, int(rng.integers(lo, hi + 1)), short)
        if lo <= task.distance(line) <= hi:
            lines.append(line + "\n")
    return "".join(lines)


SEPARATED = 0.3  # untrained: 0.05 to 0.09 (seeds 0 to 2); trained: 0.4 to 0.65 by step 1200


def train_until_separated(seed, max_steps=1200):
    """A 1 × 32 LSTM trained by the library's loop on 1,500 two-country stories (distances
    10 to 30), with the forget bias at 1 so that memory can start; every 200 steps the
    automatic choice ranks its units on 200 held-out stories. Returns the choice before
    training, the last choice and the steps taken (stops early once a unit reaches
    SEPARATED)."""
    pairs = task.PAIRS[:2]
    text, held_out = stories(pairs, 1500, seed=3), stories(pairs, 200, seed=99)
    vocab = Vocab.from_text(text + held_out)
    config = Config(
        model=ModelConfig(hidden=32, layers=1, forget_bias=1.0),
        train=TrainConfig(
            batch_size=32,
            seq_len=128,
            lr=0.01,
            max_steps=max_steps,
            eval_every=200,
            sample_length=0,
            seed=seed,
        ),
    )
    state = train.new_state(config, len(vocab))
    held_ids = vocab.encode(held_out)

    def choose():
        traced = inside.trace(state.model, held_ids, ["cell"], layer=0)
        return inside.choose_units(traced, held_out, "cell", 3)

    before = choose()
    after = before
    for event in train.train(config, state, vocab.encode(text), held_ids[:3000], vocab):
        if event["event"] == "eval":
            after = choose()
            if after.scores[0] >= SEPARATED:
                break
    return before, after, state.step


@pytest.mark.slow
def test_automatic_choice_finds_the_country_cell_of_a_trained_model():
    before, after, steps = train_until_separated(seed=0)
    assert before.scores[0] < SEPARATED, before  # the threshold is not met by chance
    assert after.scores[0] >= SEPARATED, (steps, after)
    assert "separates the countries of the 200 stories (2 countries)" in after.how


class Structure(HTMLParser):
    """Checks that every element is closed in order, and records tags, attributes, the
    text of each unit row and the JSON data."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "col", "source", "wbr", "area", "base"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.tags, self.attributes, self.rows = [], [], [], []
        self.scripts, self.doctype, self.in_row = [], None, False

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += attrs
        if tag not in self.VOID:
            self.stack.append(tag)
        if tag == "div" and ("class", "text") in attrs:
            self.rows.append("")
            self.in_row = True
        if tag == "script":
            self.scripts.append("")

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()
        if tag == "div":
            self.in_row = False

    def handle_data(self, data):
        if self.in_row:
            self.rows[-1] += data
        if self.stack and self.stack[-1] == "script":
            self.scripts[-1] += data


def parse(page):
    parser = Structure()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], parser.stack
    assert parser.doctype == "DOCTYPE html"
    return parser


HOSTILE = (
    "I grew up in <b>France</b>.\t\"quoted\" & 'single'\n"
    "</div></script><img src=x onerror=alert(1)>"
)


@pytest.fixture(scope="module")
def tiny_checkpoint(tmp_path_factory):
    """An untrained 2 × 8 LSTM whose vocabulary holds every character of HOSTILE and of the
    stories (enough for pages; no training needed)."""
    text = HOSTILE + story_text(["France", "Germany", "Spain"] * 4) + "\x00\x7f"
    vocab = Vocab.from_text(text)
    config = Config(model=ModelConfig(hidden=8, layers=2))
    state = train.new_state(config, len(vocab))
    path = tmp_path_factory.mktemp("ckpt") / "tiny.npz"
    checkpoint.save(str(path), state, config, vocab, {"sha256": "x"})
    return str(path), vocab


def test_page_escapes_the_text_and_loads_nothing(tiny_checkpoint, tmp_path):
    ckpt, vocab = tiny_checkpoint
    out = tmp_path / "page.html"
    text = HOSTILE + "\x00 \x7f"
    r = run("viz", ckpt, "--prime", text, "--units", "3,0,7", "--out", str(out))
    assert r.exit_code == 0, r.output
    assert f"wrote {out}" in r.stderr and "units 3, 0, 7: chosen with --units" in r.stderr
    page = out.read_text(encoding="utf-8")
    parsed = parse(page)
    # the text is only ever text: the injected tags never become elements
    assert parsed.tags.count("script") == 2 and "img" not in parsed.tags and "b" not in parsed.tags
    assert not any(name.startswith("on") for name, _ in parsed.attributes)
    assert not any(name in ("src", "href") for name, _ in parsed.attributes)
    assert "<img" not in page and "<b>" not in page
    for escaped in ("&lt;", "&gt;", "&amp;", "&quot;", "&#x27;"):  # each character in its span
        assert f">{escaped}</span>" in page, escaped
    assert "><</span>" not in page and ">&</span>" not in page
    # the hover data cannot end its script element, whatever the text holds
    assert json.loads(viz.script_json(["</script><!--&"])) == ["</script><!--&"]
    assert not set("<>&") & set(viz.script_json(["</script><!--&"]))
    # every row shows exactly the text: newline as ↵ and a line break, controls escaped
    shown = text.replace("\n", "↵\n").replace("\t", "\\t").replace("\x00", "\\x00")
    assert parsed.rows == [shown.replace("\x7f", "\\x7f")] * 3
    # nothing from the network: no URL, no external resource of any kind
    assert not re.search(r"(?i)\b(https?|ftp|wss?|data):", page)
    assert not re.search(r"(?i)(src|href|action)\s*=|url\(|@import|//", page)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    # the hover data: chars, units, values and the top-5 guesses of every position
    data = json.loads(parsed.scripts[0])
    assert data["units"] == [3, 0, 7] and len(data["chars"]) == len(text)
    assert data["chars"][-1] == "\\x7f" and data["chars"][text.index("\n")] == "\\n"
    assert len(data["top"]) == len(text) and all(len(t) == 5 for t in data["top"])
    probs = [[p for _, p in t] for t in data["top"]]
    assert all(0 < sum(p) <= 1.0001 and p == sorted(p, reverse=True) for p in probs)
    assert all(
        c in vocab.index or c in ("\\n", "\\t", "\\x00", "\\x7f", "␣")
        for t in data["top"]
        for c, _ in t
    )
    assert len(data["values"]) == 3 and len(data["values"][0]) == len(text)


def test_page_values_and_guesses_are_the_models(tiny_checkpoint):
    ckpt_path, vocab = tiny_checkpoint
    ckpt = checkpoint.load(ckpt_path)
    text = story_text(["France", "Spain"])
    ids = vocab.encode(text)
    view = viz.build(
        ckpt.model,
        vocab,
        ids,
        layer=1,
        quantity="forget",
        units=[5, 2],
        count=8,
        shown=40,
        source=ckpt_path,
    )
    traced = inside.trace(ckpt.model, ids, ["forget"], layer=1)
    np.testing.assert_array_equal(view.values, traced.values["forget"][:40, [5, 2]])
    assert view.text == text[:40] and view.layers == 2
    assert view.notes == [f"Showing the first 40 of the {len(text)} characters read."]
    page = viz.page(view)
    data = json.loads(parse(page).scripts[0])
    assert data["top"][7][0] == [
        vocab.chars[traced.top_ids[7, 0]].replace(" ", "␣"),
        pytest.approx(traced.top_probs[7, 0], rel=1e-3),
    ]
    assert data["values"][0][:5] == pytest.approx(traced.values["forget"][:5, 5], rel=1e-3)
    assert "forget gate f" in page and "blue 0, white ½, red 1" in page


def test_viz_errors_are_one_line(tiny_checkpoint, tmp_path):
    ckpt, _ = tiny_checkpoint
    one_line_error(run("viz", ckpt), "give the text to read with --text FILE or --prime TEXT")
    one_line_error(
        run("viz", ckpt, "--prime", "I", "--units", "3,x"),
        "'--units': '3,x' is not comma-separated unit numbers",
    )
    one_line_error(run("viz", ckpt, "--prime", "I", "--units", "8"), "unit 8 does not exist")
    one_line_error(run("viz", ckpt, "--prime", "I", "--layer", "2"), "--layer 2 does not exist")
    one_line_error(run("viz", ckpt, "--prime", "I", "--quantity", "reset"), "no 'reset' values")
    one_line_error(run("viz", ckpt, "--prime", "IΩ"), "not in the model's vocabulary")
    one_line_error(
        run("viz", ckpt, "--prime", "I", "--out", "x.pdf"),
        "'--out': 'x.pdf' must end in .html, .htm, .png or .svg",
    )
    one_line_error(run("viz", ckpt, "--text", str(tmp_path / "none.txt")), "text file not found")


def test_picture_png_svg_and_missing_matplotlib(tiny_checkpoint, tmp_path, monkeypatch):
    pytest.importorskip("matplotlib")
    ckpt, _ = tiny_checkpoint
    text = story_text(["France", "Germany", "Spain"] * 4)
    for name in ("cells.png", "cells.svg"):
        r = run(
            "viz",
            ckpt,
            "--text",
            _write(tmp_path, text),
            "--count",
            "3",
            "--out",
            str(tmp_path / name),
        )
        assert r.exit_code == 0, r.output
        assert "separates the countries of the 12 stories" in r.stderr
        assert "Showing the first 250 of the" in r.stderr
    assert (tmp_path / "cells.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "cells.svg").read_text(encoding="utf-8")
    assert svg.count("<!-- unit ") == 3 and "<!-- ␣ -->" in svg and "<!-- ↵ -->" in svg
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    line = one_line_error(run("viz", ckpt, "--prime", "I", "--out", str(tmp_path / "x.png")), "")
    assert line == (
        "error: charlstm viz --out FILE.png|svg needs matplotlib: pip install matplotlib"
    )


def _write(tmp_path, text):
    path = tmp_path / "text.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def no_browser(reason: str):
    """Skip on a user's machine; fail in CI (CHARLSTM_REQUIRE_BROWSER=1, set by .ci/run), so
    that the test cannot quietly skip there."""
    unavailable(reason, "CHARLSTM_REQUIRE_BROWSER")


# Collects errors and blocked loads from the very start of the page...
HARNESS_HEAD = """<script>
window.harnessErrors = [];
window.addEventListener("error", function (e) { harnessErrors.push("error: " + e.message); });
document.addEventListener("securitypolicyviolation", function (e) {
  harnessErrors.push("blocked: " + e.blockedURI);
});
</script>"""
# ...then, once loaded, points at a character and writes what it saw into the page.
HARNESS_END = """<script>
window.addEventListener("load", function () {
  var out = {ready: document.body.getAttribute("data-ready")};
  var row = document.querySelectorAll(".text")[1];
  row.children[5].dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  out.panel = document.getElementById("panel").textContent;
  out.lit = document.querySelectorAll(".lit").length;
  setTimeout(function () {
    out.errors = harnessErrors;
    out.resources = performance.getEntriesByType("resource").map(function (r) { return r.name; });
    var pre = document.createElement("pre");
    pre.id = "harness";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }, 300);
});
</script>"""


def open_in_browser(browser, page, tmp_path):
    """Load page (with the harness) in headless Chromium; the harness's findings and the
    URLs of every network request the page started (from Chromium's own network log)."""
    tmp_path.mkdir()
    path = tmp_path / "page.html"
    path.write_text(
        page.replace("<head>", "<head>\n" + HARNESS_HEAD, 1).replace(
            "</body>", HARNESS_END + "\n</body>", 1
        ),
        encoding="utf-8",
    )
    net_log = tmp_path / "net.json"
    result = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",  # tests may run as root, where the sandbox refuses to start
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--host-resolver-rules=MAP * ~NOTFOUND",  # nothing could leave the machine anyway
            f"--log-net-log={net_log}",
            "--virtual-time-budget=5000",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0 and not result.stdout:  # e.g. a stub that wants a snap
        no_browser(f"{browser} did not start: {result.stderr.strip()[-300:]}")
    found = re.search(r'<pre id="harness">(.*?)</pre>', result.stdout, re.S)
    assert found, (result.returncode, result.stdout[-2000:], result.stderr[-2000:])
    seen = json.loads(html.unescape(found.group(1)))
    log = json.loads(net_log.read_text(encoding="utf-8") or "{}")
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    requests = [
        e["params"]["url"]
        for e in log.get("events", [])
        if names.get(e["type"]) == "URL_REQUEST_START_JOB"
        and "url" in e.get("params", {})
        # Chromium's own background requests (updates, time) have no initiating origin
        and e["params"].get("initiator") != "not an origin"
    ]
    return seen, requests


def test_page_runs_in_a_real_browser_without_errors_or_network(tiny_checkpoint, tmp_path):
    browser = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if browser is None:
        no_browser(f"no headless browser on PATH (looked for {', '.join(BROWSERS)})")
    ckpt_path, vocab = tiny_checkpoint
    ckpt = checkpoint.load(ckpt_path)
    text = HOSTILE + story_text(["France", "Germany", "Spain"] * 4)
    view = viz.build(
        ckpt.model,
        vocab,
        vocab.encode(text),
        layer=1,
        quantity="cell",
        units=None,
        count=3,
        shown=viz.PAGE_CHARS,
        source=ckpt_path,
    )
    page = viz.page(view)
    seen, requests = open_in_browser(browser, page, tmp_path / "page")
    assert seen["errors"] == [] and seen["resources"] == [] and requests == []
    assert seen["ready"] == "1"
    assert seen["lit"] == 3  # the character is outlined in each unit's row
    top = view.top_chars[5][0]
    assert f"character 5: {text[5]}" in seen["panel"]
    assert "model's top guesses for the next character" in seen["panel"]
    assert f"{100 * view.top_probs[5, 0]:.1f}%" in seen["panel"] and top in seen["panel"]
    assert f"unit {view.units[2]}{view.values[5, 2]:.3f}" in seen["panel"]
    # the same check does catch a page that reaches for the network or has a broken script
    broken = page.replace(
        "</body>", '<img src="http://example.invalid/x.png"><script>nothing();</script></body>'
    )
    seen, requests = open_in_browser(browser, broken, tmp_path / "broken")
    assert "blocked: http://example.invalid/x.png" in seen["errors"]
    assert any("nothing is not defined" in e for e in seen["errors"])
    unprotected = broken.replace("Content-Security-Policy", "X-Nothing")
    seen, requests = open_in_browser(browser, unprotected, tmp_path / "unprotected")
    assert requests == ["http://example.invalid/x.png"]
    assert seen["resources"] == ["http://example.invalid/x.png"]
