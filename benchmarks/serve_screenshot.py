"""The README's picture of `charlstm serve`: start the server on one or two models, type a
long-distance story into the page in headless Chromium, click the answer and take a
screenshot of the answer bars and the gradient view (the country lit up far back).

    python benchmarks/serve_screenshot.py runs/demo/averaged.npz \\
        runs/compare/rnn-seed0/averaged.npz --out docs/figures/serve.png

The story: one story of another country (as every story but the first is read in training
and in the probes' headline reading), then a story of --country whose filler is at least
--distance characters, up to "I speak fluent ". Needs Playwright (the dev extra) and
Chromium (Debian: apt-get install chromium).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys

import numpy as np

from charlstm.longdep import sides, task

LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def story(country: str, distance: int, seed: int) -> str:
    """One story of another country, then a story of `country` whose filler (the held-out
    side of the grammar: sentences the model never read) is at least `distance` characters
    long, ending at "I speak fluent "."""
    rng = np.random.default_rng(seed)
    filler = sides.grammar_sides()[1].story_filler()
    others = [pair for pair in task.PAIRS if pair[0] != country]
    other, other_language = others[int(rng.integers(len(others)))]
    before = task.story(rng, other, other_language, 120, filler)
    language = dict(task.PAIRS)[country]
    mine = ""
    while task.distance(mine or f"I grew up in {country}. {task.PROMPT_END}") < distance:
        mine = task.story(rng, country, language, distance + 150, filler)
    return before + "\n" + mine[: mine.rindex(task.PROMPT_END) + len(task.PROMPT_END)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("models", nargs="+", metavar="CKPT", help="one or two checkpoints or runs")
    parser.add_argument("--out", default="docs/figures/serve.png")
    parser.add_argument("--country", default="France", choices=task.COUNTRIES)
    parser.add_argument("--distance", type=int, default=300, help="characters of filler")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    if len(args.models) > 2:
        parser.error("one or two models")
    browser_path = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser_path is None:
        raise SystemExit("no chromium found (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    text = story(args.country, args.distance, args.seed)
    language = task.LANGUAGES[task.COUNTRIES.index(args.country)]
    server = subprocess.Popen(
        [sys.executable, "-m", "charlstm", "serve", *args.models, "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for line in server.stderr:
            if line.startswith("serving "):
                break
        else:
            raise SystemExit("the server did not start")
        url = line.split()[1]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=browser_path, args=LAUNCH_ARGS)
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            page.goto(url)
            page.wait_for_selector("body[data-ready='1']")
            page.fill("#text", text[:-20])
            page.eval_on_selector(  # the caret at the very end, then type the rest
                "#text", "t => { t.focus(); t.setSelectionRange(t.value.length, t.value.length); }"
            )
            page.keyboard.type(text[-20:])
            try:
                page.wait_for_selector(f"#read[data-length='{len(text)}']")
            except Exception:  # Playwright's timeout: say what the page said instead
                error = page.inner_text("#error")
                raise SystemExit(f"the page did not read the story: {error}") from None
            page.wait_for_function("() => document.querySelectorAll('#bars .row').length > 1")
            page.wait_for_timeout(500)  # the last keystroke's bars
            page.click(f"#bars .row >> text={language}")
            page.wait_for_selector("#grads .grad .g")
            page.wait_for_function(
                f"() => document.querySelectorAll('#grads .grad').length == {len(args.models)}"
            )
            top = page.locator("#ask-view").bounding_box()
            bottom = page.locator("#grad-view").bounding_box()
            clip = {
                "x": 0,
                "y": top["y"] - 10,
                "width": 1500,
                "height": bottom["y"] + bottom["height"] - top["y"] + 20,
            }
            page.screenshot(path=args.out, clip=clip, full_page=True)
            browser.close()
    finally:
        server.terminate()
        server.wait()
    print(f"wrote {args.out} ({len(text)} characters typed; {args.country} → {language})")


if __name__ == "__main__":
    main()
