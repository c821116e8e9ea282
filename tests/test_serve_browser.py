"""The page of `charlstm serve` in a real browser: headless Chromium (Debian's, as .ci/run
installs it) driven by Playwright, on a tiny trained model. Skips where there is no browser
or no Playwright, and fails instead where CHARLSTM_REQUIRE_BROWSER=1 (set by .ci/run)."""

import shutil
import subprocess
import sys
import threading

import pytest

from charlstm.serve import server, session

from .helpers import TINY
from .test_viz import BROWSERS, no_browser

LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",  # tests may run as root, where the sandbox refuses to start
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STORY = "I grew up in France. It rained. I speak fluent "
# Every page.wait_for_function below takes a function ("() => …"): Playwright evaluates a
# bare expression with eval, which the page's Content-Security-Policy blocks.


@pytest.fixture
def browser():
    path = next((p for p in map(shutil.which, BROWSERS) if p), None)
    if path is None:
        no_browser("no Chromium found (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        no_browser("Playwright is not installed (pip install -e '.[dev]')")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def serving(trained_once, tmp_path):
    """The server on a free loopback port, in this process, with a run training under
    --runs: (URL, the training process)."""
    out, data = trained_once
    runs = tmp_path / "runs"
    runs.mkdir()
    training = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "charlstm",
            "train",
            "--data",
            data,
            "--out",
            str(runs / "live"),
            "--max-steps",
            "100000",
            *TINY,
            "--set",
            "train.eval_every=100000",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    app = session.build_app([out], str(runs), None)
    httpd = server.make_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/", training
    finally:
        training.kill()
        training.wait()
        httpd.shutdown()
        httpd.server_close()


def test_page_reads_asks_shades_ranks_samples_and_watches_a_run(browser, serving):
    url, training = serving
    page = browser.new_page()
    errors, requests = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']")

    # 1. type a story: the characters are read, and the answer bars change
    page.fill("#choices", "French, German, Spanish")
    page.click("#text")
    page.keyboard.type(STORY[:14])
    page.wait_for_selector("#read[data-length='14']")
    page.wait_for_function("() => document.querySelectorAll('#bars .row').length == 3")
    before = page.inner_text("#bars")
    page.keyboard.type(STORY[14:])
    page.wait_for_selector(f"#read[data-length='{len(STORY)}']")
    page.wait_for_function("b => document.getElementById('bars').innerText != b", arg=before)
    assert "French" in page.inner_text("#bars")
    page.hover(f"#read span[data-i='{len(STORY) - 3}']")
    assert "top 5 guesses" in page.inner_text("#hover")

    # 2. click the answer: every earlier character is shaded
    page.click("#bars .row >> text=French")
    page.wait_for_selector("#grads .grad .g")
    shades = page.eval_on_selector_all(
        "#grads .grad .g", "spans => spans.map(s => s.style.backgroundColor)"
    )
    assert len(shades) == len(STORY + "French")
    assert all("33, 102, 172" in s for s in shades[: len(STORY)]), shades[:5]
    assert len(set(shades[: len(STORY)])) > 5  # shaded by size, not all alike

    # 3. select a span ("France"): ranked units, and where else they fire
    page.evaluate(
        """() => {
          const spans = document.querySelectorAll('#read span');
          const range = document.createRange();
          range.setStart(spans[13].firstChild, 0);
          range.setEnd(spans[18].firstChild, 1);
          const sel = window.getSelection();
          sel.removeAllRanges();
          sel.addRange(range);
          document.getElementById('read').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        }"""
    )
    page.wait_for_selector("#ranked li")
    assert page.inner_text("#ranked li >> nth=0").startswith("unit ")
    page.wait_for_selector("#elsewhere mark")

    # 4. sample, stream, stop
    page.fill("#length", "5000")
    page.fill("#temperature", "1")
    page.click("#sample")
    page.wait_for_function(
        "() => document.querySelector('#sample-out .made').textContent.length > 0"
    )
    page.click("#stop-sample")
    page.wait_for_selector("#sample-out[data-state='stopped']")
    assert len(page.inner_text("#sample-out .made")) < 5000

    # 5. the run under --runs trains: its curve grows
    page.wait_for_selector("#runs [data-run='live'][data-points]", timeout=30_000)
    first = int(page.get_attribute("#runs [data-run='live']", "data-points"))
    page.wait_for_function(
        "n => Number(document.querySelector(\"#runs [data-run='live']\")"
        ".getAttribute('data-points')) > n",
        arg=first,
        timeout=30_000,
    )
    assert page.locator("#runs [data-run='live'] polyline").count() >= 1

    assert errors == [] or all("Failed to load resource" in e for e in errors), errors
    assert all(r.startswith(url) for r in requests), requests  # nothing from the network
    assert page.is_hidden("#error") or page.inner_text("#error") == ""
