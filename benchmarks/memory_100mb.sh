#!/usr/bin/env bash
# Peak memory of training on a corpus of about 100 MB: the corpus is kept as ids in the
# smallest integer type, so the peak should stay a small multiple of its size.
# Writes the corpus with the project's own story generator (charlstm data longdep, as many
# stories as make 100 MB) into a temporary directory, trains 20 steps under /usr/bin/time -v
# and prints the corpus size and the maximum resident set size.
# Usage: bash benchmarks/memory_100mb.sh [path/to/charlstm]   (default .venv/bin/charlstm)
set -euo pipefail
charlstm=${1:-.venv/bin/charlstm}
target_bytes=100000000
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# bytes per story, from a sample, sets the number of stories
"$charlstm" data longdep --out "$work/sample.txt" --stories 2000 --seed 7 2>/dev/null
per_story=$(( $(stat -c %s "$work/sample.txt") / 2000 ))
stories=$(( target_bytes / per_story + 1 ))
"$charlstm" data longdep --out "$work/big.txt" --stories "$stories" --seed 7
size=$(stat -c %s "$work/big.txt")
/usr/bin/time -v "$charlstm" train --data "$work/big.txt" --out "$work/run" --max-steps 20 \
    --set data.val_fraction=0.001 --set train.sample_length=0 2> "$work/time.txt" >/dev/null
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
python3 - "$size" "$rss_kb" <<'PY'
import sys
size, rss = int(sys.argv[1]), int(sys.argv[2]) * 1024
print(f"corpus {size / 1e6:.1f} MB; peak RSS {rss / 1e6:.1f} MB = {rss / size:.2f} x corpus size")
PY
