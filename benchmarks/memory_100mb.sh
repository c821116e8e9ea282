#!/usr/bin/env bash
# Peak memory of training on a 100 MB corpus (issue: "3x its size plus the model").
# Generates the corpus with the project's own story generator into a temporary directory,
# then trains 20 steps under /usr/bin/time -v and prints the maximum resident set size.
# Usage: benchmarks/memory_100mb.sh [.venv/bin/charlstm]
set -euo pipefail
charlstm=${1:-.venv/bin/charlstm}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$charlstm" data stories --out "$work/big.txt" --stories 800000 --seed 7
size=$(stat -c %s "$work/big.txt")
/usr/bin/time -v "$charlstm" train --data "$work/big.txt" --out "$work/run" --max-steps 20 \
    --set data.val_fraction=0.001 --set train.sample_length=0 2> "$work/time.txt" >/dev/null
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
python3 - "$size" "$rss_kb" <<'PY'
import sys
size, rss = int(sys.argv[1]), int(sys.argv[2]) * 1024
print(f"corpus {size / 1e6:.1f} MB; peak RSS {rss / 1e6:.1f} MB = {rss / size:.2f} x corpus size")
PY
