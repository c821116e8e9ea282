"""How fast `charlstm serve` answers the page, measured as the page sees it: HTTP requests to
a server started as `charlstm serve` in its own process, on one 2,000-character text.

- keystroke: one character typed at the end of the text (POST /api/read): one model step;
- full re-read + gradient view: the whole text read as a new text (POST /api/read), then
  ‖∂ log p(last character) / ∂ input_s‖ for every earlier character (POST /api/grad).

The reference, measured in the same run: one Model.forward over the same 2,000 characters
in this process (the least any full re-read can cost).

    python benchmarks/serve_latency.py runs/demo/averaged.npz
    python benchmarks/serve_latency.py --demo-shape   # a 1 × 128 model of the demo's config

--demo-shape trains the demo's config (1 × 128 LSTM) for one step on a small generated
corpus: a model of that shape with untrained weights costs the same arithmetic per step.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import charlstm
from charlstm import checkpoint
from charlstm.longdep import layout, task
from charlstm.serve.server import checkpoint_path

TEXT_CHARS = 2000
KEYSTROKES = 30


def demo_shaped_checkpoint(directory: str) -> str:
    corpus = os.path.join(directory, "corpus.txt")
    with open(corpus, "w", encoding="utf-8") as f:
        f.write(layout.corpus(400, 20, 400, seed=1))
    out = os.path.join(directory, "run")
    subprocess.run(
        [sys.executable, "-m", "charlstm", "train", "--config",
         os.path.join(os.path.dirname(charlstm.__file__), "configs", "demo.yaml"),
         "--data", corpus, "--out", out, "--max-steps", "1", "--set", "train.eval_every=1",
         "--set", "train.sample_length=0", "--set", "train.keep_checkpoints=0"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return os.path.join(out, "last.npz")


def story_text(vocab_chars: set) -> str:
    """2,000 characters of long-dependency stories, ending where an answer goes."""
    text = layout.corpus(60, 200, 400, seed=5)
    text = "".join(c for c in text if c in vocab_chars)
    end = text.rfind(task.PROMPT_END, 0, TEXT_CHARS)
    body = text[: end + len(task.PROMPT_END)]
    return body[-TEXT_CHARS:] if len(body) >= TEXT_CHARS else (body * 3)[-TEXT_CHARS:]


def post(port: int, path: str, body: dict) -> tuple[float, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port)
    start = time.perf_counter()
    connection.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
    response = connection.getresponse()
    data = json.loads(response.read())
    elapsed = time.perf_counter() - start
    connection.close()
    if response.status != 200:
        raise SystemExit(f"{path}: {data}")
    return elapsed, data


def summary(name: str, seconds: list[float]) -> str:
    ms = sorted(1000 * s for s in seconds)
    return f"{name}: median {statistics.median(ms):.1f} ms, max {ms[-1]:.1f} ms (n = {len(ms)})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ckpt", nargs="?", help="checkpoint or run directory")
    parser.add_argument("--demo-shape", action="store_true")
    parser.add_argument("--repeats", type=int, default=5, help="full re-reads measured")
    args = parser.parse_args()
    if (args.ckpt is None) == (not args.demo_shape):
        parser.error("give a checkpoint or --demo-shape (one of them)")
    with tempfile.TemporaryDirectory() as tmp:
        ckpt_path = demo_shaped_checkpoint(tmp) if args.demo_shape else args.ckpt
        server = subprocess.Popen(
            [sys.executable, "-m", "charlstm", "serve", ckpt_path, "--port", "0"],
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            for line in server.stderr:
                if line.startswith("serving "):
                    break
            port = int(line.rsplit(":", 1)[1].strip("/\n"))
            ckpt = checkpoint.load(checkpoint_path(ckpt_path))
            net, vocab = ckpt.model, ckpt.vocab
            text = story_text(set(vocab.chars))
            print(
                f"model: {net.cell} {net.num_layers} × {net.hidden}, vocabulary {len(vocab)}; "
                f"text {len(text):,} characters"
            )
            ids = vocab.encode(text)
            forward = []
            for _ in range(args.repeats):
                start = time.perf_counter()
                net.forward(ids[:, None], net.zero_state(1))
                forward.append(time.perf_counter() - start)
            keystrokes = []
            for round_ in range(3):
                text_id = f"keys{round_}"
                post(port, "/api/read", {"model": "m0", "text_id": text_id,
                                         "text": text[: TEXT_CHARS - KEYSTROKES]})  # fmt: skip
                for n in range(TEXT_CHARS - KEYSTROKES + 1, TEXT_CHARS + 1):
                    seconds, data = post(
                        port, "/api/read", {"model": "m0", "text_id": text_id, "text": text[:n]}
                    )
                    assert data["start"] == n - 1 and data["length"] == n
                    keystrokes.append(seconds)
            reads, grads, both = [], [], []
            for r in range(args.repeats):
                read_s, _ = post(
                    port, "/api/read", {"model": "m0", "text_id": f"full{r}", "text": text}
                )
                grad_s, data = post(
                    port, "/api/grad",
                    {"model": "m0", "text": text, "start": len(text) - 1, "end": len(text)},
                )  # fmt: skip
                assert len(data["norms"]) == len(text) - 1
                reads.append(read_s)
                grads.append(grad_s)
                both.append(read_s + grad_s)
        finally:
            server.terminate()
            server.wait()
    print(summary("reference: Model.forward over the text, in process", forward))
    print(summary("keystroke at the end (POST /api/read)", keystrokes))
    print(summary("full re-read (POST /api/read, new text)", reads))
    print(summary("gradient view over the text (POST /api/grad)", grads))
    print(summary("full re-read + gradient view", both))
    reference = statistics.median(forward)
    print(
        f"ratios to the reference: keystroke {statistics.median(keystrokes) / reference:.2f}, "
        f"re-read + gradient {statistics.median(both) / reference:.1f}"
    )
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
