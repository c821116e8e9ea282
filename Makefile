# Every target that needs the environment depends on it, so any target works on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# charlstm with its four runtime packages only: what make demo, data, train, sample and eval
# need, a minute quicker on a fresh clone than the dev tools and Ray
RUNTIME_STAMP := $(VENV)/.runtime-stamp

DATA ?= data/longdep.txt
OUT ?= runs/$(basename $(notdir $(DATA)))
CKPT ?= $(OUT)/best.npz
PRIME ?=
LENGTH ?= 500

.PHONY: help install test lint train sample eval demo compare data bench bench-quality figures clean

install: $(STAMP)

# The targets a newcomer needs, with the variables they read (`make help`).
help:
	@echo "make install    a virtual environment in .venv with charlstm and its dev tools;"
	@echo "                then run .venv/bin/charlstm, or 'source .venv/bin/activate' and charlstm"
	@echo "make train DATA=mine.txt            train on your own UTF-8 text into runs/mine/"
	@echo "                                    (OUT=DIR for another run directory,"
	@echo "                                    MAX_TIME=SECONDS to stop after that long)"
	@echo "make sample DATA=mine.txt PRIME='Once upon a time'"
	@echo "                                    sample LENGTH=500 characters from runs/mine/best.npz"
	@echo "                                    (CKPT=FILE.npz for another checkpoint)"
	@echo "make eval DATA=mine.txt             score runs/mine/best.npz on its validation split"
	@echo "make demo       the long-dependency demo: train, sample, probe accuracy by distance"
	@echo "make data       generate the project's own corpus, data/longdep.txt"
	@echo "make compare    every cell, same config and steps (COMPARE_STEPS), probe accuracy;"
	@echo "                each run's model averages steps COMPARE_AVERAGE_FROM on (lower both together)"
	@echo "make figures    the README's pictures from the project's own runs"
	@echo "make bench      speed and memory against PyTorch; make bench-quality: loss against time"
	@echo "make test       the test suite; make lint: ruff"
	@echo "make clean      remove .venv, runs/ and caches"

$(RUNTIME_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUNTIME_STAMP)

$(STAMP): $(RUNTIME_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Two processes (pytest-xdist), one per core of the 2-core machines CI runs on; the tests
# that share a Ray or the project's corpus stay in one (their xdist_group).
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadgroup

lint: $(STAMP)
	$(BIN)/ruff check charlstm tests benchmarks

# The project's own corpus, generated (never committed): the same bytes on every machine.
# Its stories are laid out for one run of the demo's config (short distances first in each
# of the trainer's streams); the probes (committed) are generated with it.
# It is made again whenever the code that writes it changes: a clone pulled to a new recipe
# gets the new corpus, not the old one left in data/.
DEMO_CONFIG := charlstm/configs/demo.yaml
CORPUS_CODE := $(wildcard charlstm/longdep/*.py) charlstm/grammar.py charlstm/lexicon.py
data: data/longdep.txt
data/longdep.txt: $(DEMO_CONFIG) $(CORPUS_CODE) | $(RUNTIME_STAMP)
	$(BIN)/charlstm data longdep --curriculum $(DEMO_CONFIG) --out $@ \
		--probes charlstm/data/longdep_probes.jsonl

# Your own text needs nothing generated; the default DATA is the project's corpus, made first.
train: $(STAMP) $(if $(filter data/longdep.txt,$(DATA)),data)
	$(BIN)/charlstm train --data $(DATA) --out $(OUT)$(if $(MAX_TIME), --max-time $(MAX_TIME))

sample: $(STAMP)
	$(BIN)/charlstm sample $(CKPT) --prime "$(PRIME)" --length $(LENGTH)

eval: $(STAMP)
	$(BIN)/charlstm eval $(CKPT)

# The long-dependency demo: a fixed step budget (the same seed gives the same model on
# every machine), sized for about ten minutes on 2 cores with the set-up; SEED picks another.
SEED ?= 0
# the first checkpoint at the demo config's lower learning rate (train.lr_decay_every 8400 +
# its eval_every 200): the demo's model is the mean of the weights from here to the end
DEMO_AVERAGE_FROM := 8600
demo: $(RUNTIME_STAMP) data
	$(BIN)/charlstm train --config $(DEMO_CONFIG) --out runs/demo --overwrite --seed $(SEED)
	@echo
	@echo "=== the mean of the weights at steps 8,600-9,600 (the low learning rate) ==="
	$(BIN)/charlstm average runs/demo --from-step $(DEMO_AVERAGE_FROM) --out runs/demo/averaged.npz --overwrite
	@echo
	@echo "=== does the model carry the country to the language? held-out probes by distance ==="
	@echo "(in-distribution: new stories in the corpus's words and sentence shapes; ood: words,"
	@echo " sentence shapes and prefixes the corpus never uses; chance is 8.3%). Each set comes in"
	@echo " five contexts: the story alone, after prose on its line, after lines of prose, after"
	@echo " a distractor sentence, and with first-person filler; each prompt is read from a zero"
	@echo " state and after one story of another language."
	$(BIN)/charlstm eval runs/demo/averaged.npz --probes charlstm/data/longdep_probes.jsonl
	@echo
	@echo "=== story endings: 12 stories per distance bin, primed with held-out filler from a zero"
	@echo "    state and written on by the model at temperature 0.8: the right language? ==="
	$(BIN)/charlstm endings runs/demo/averaged.npz
	@echo
	@echo "The run is in runs/demo/ (averaged.npz, best.npz, last.npz, metrics.jsonl). Ask it yourself,"
	@echo "from a fresh state, with a story of your own:"
	@printf '%s\n' "  $(BIN)/charlstm sample runs/demo/averaged.npz --length 12 --temperature 0.5 \\"
	@printf '%s\n' "      --prime 'Hello there. I grew up in Japan. We moved to a small town when I was ten. I speak fluent'"

# Every cell at its best learning rate (a sweep over 3 at the first seed), 3 seeds each, the same config
# and steps; probe accuracy by distance, mean and worst seed (runs/compare/; docs/sweep.md).
COMPARE_STEPS ?= 9600
# each run's model is the mean of its checkpoints from this step on, as the demo's: at most
# COMPARE_STEPS, so lower the two together
COMPARE_AVERAGE_FROM ?= $(DEMO_AVERAGE_FROM)
compare: $(STAMP) data
	$(BIN)/charlstm compare --config $(DEMO_CONFIG) --max-steps $(COMPARE_STEPS) \
		--average-from $(COMPARE_AVERAGE_FROM)

# The README's pictures, from the project's own runs: make compare makes them when they are
# missing (25 runs of COMPARE_STEPS, two at a time: 108 minutes on 2 cores at 9,600 steps,
# docs/longdep.md "The cells"); matplotlib comes with dev.
FIGURES := docs/figures
runs/compare/lstm-seed0/averaged.npz:
	$(MAKE) compare
figures: $(STAMP) data runs/compare/lstm-seed0/averaged.npz
	mkdir -p $(FIGURES) runs/figures
	$(BIN)/charlstm data longdep --out runs/figures/stories.txt --stories 60 --max-distance 60 --seed 7
	$(BIN)/charlstm viz runs/compare/lstm-seed0/averaged.npz --text runs/figures/stories.txt --count 6 \
		--out $(FIGURES)/cells.png --overwrite
	$(BIN)/charlstm gradflow runs/compare/rnn-seed0/averaged.npz runs/compare/gru-seed0/averaged.npz \
		runs/compare/lstm-seed0/averaged.npz --out $(FIGURES)/gradflow.png
	cp runs/compare/accuracy.png $(FIGURES)/accuracy.png
	$(BIN)/charlstm plot runs/compare/lstm-seed0 runs/compare/rnn-seed0 --out $(FIGURES)/loss.png --overwrite

# Benchmarks against PyTorch's nn.LSTM on this CPU (PyTorch is a benchmark-only dependency:
# it goes into its own environment, never the project's). On the machines this project is
# developed on, torch==2.13.0 resolves to a CPU wheel kept on disk; elsewhere pip may need
# PyTorch's CPU index (--index-url https://download.pytorch.org/whl/cpu). The stamp is
# written only once torch imports, so a failed install is tried again by the next make
# bench, which meanwhile prints charlstm's column alone, with a note.
# The text: the project's own corpus, or another with SHAKESPEARE=path (the README's figures
# use tiny Shakespeare: make bench SHAKESPEARE=path/to/tinyshakespeare.txt).
SHAKESPEARE ?=
BENCH_DATA := $(if $(SHAKESPEARE),$(SHAKESPEARE),data/longdep.txt)
BENCH_VENV := .bench-venv
BENCH_STAMP := $(BENCH_VENV)/.installed-stamp
QUALITY_SECONDS ?= 600

$(BENCH_STAMP):
	$(PYTHON) -m venv $(BENCH_VENV)
	-$(BENCH_VENV)/bin/python -m pip install --quiet torch==2.13.0 numpy matplotlib
	-$(BENCH_VENV)/bin/python -c 'import torch' && touch $(BENCH_STAMP)

bench: $(STAMP) $(BENCH_STAMP) data
	$(BIN)/python benchmarks/bench.py --data $(BENCH_DATA) \
		--torch-python $(BENCH_VENV)/bin/python --json runs/bench/speed.json

# 10 minutes of training each on the text (90/10 split): charlstm's recommended config
# against benchmarks/torch_reference.py with PyTorch's usual recipe and with charlstm's
# (30 minutes in all); val loss against seconds, one figure.
bench-quality: $(STAMP) $(BENCH_STAMP) data
	$(BIN)/python benchmarks/quality.py --data $(BENCH_DATA) --seconds $(QUALITY_SECONDS) \
		--torch-python $(BENCH_VENV)/bin/python --out runs/bench

clean:
	rm -rf $(VENV) $(BENCH_VENV) runs .pytest_cache .ruff_cache .hypothesis *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
