# The project's commands. Each target sets up .venv from the project's own files first
# (idempotent: pip runs only when pyproject.toml or the lock file changed).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve site test lint bench cues screenshots clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found); set PYTHON=..."; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

serve: $(STAMP)
	$(VENV)/bin/mkdocs serve -a 127.0.0.1:8000

site: $(STAMP)
	$(VENV)/bin/mkdocs build --strict

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check generator quality tests

# make bench BENCH_ARGS="--limit 300 --json bench.json": ratios against baselines of the same run
bench: $(STAMP)
	$(PY) -m generator bench $(BENCH_ARGS)

# Retrain the attribution cue classifier from PolNeAR train (deterministic; ~3 min, 30 s with the parse cached).
cues: $(STAMP)
	$(PY) -m quality.train.train_cues ../shared/corpora/polnear/data/train --out generator/nlp/models/cue_classifier --n-process 2

# Home, an actor page and an article page of the site built from content/, on desktop and
# phone widths, into docs/screenshots/ (Playwright and the system's chromium).
screenshots: site
	$(PY) -m quality.screenshots --site site --out docs/screenshots

clean:
	rm -rf site .cache .pytest_cache
