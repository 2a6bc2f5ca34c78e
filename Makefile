# Two commands work on a fresh machine with Python 3.11+ and make:
#   make build   set up .venv (packages + spaCy model) and build the example site into output/
#   make test    the same set-up, then the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test serve check clean bench evaluate

build: $(STAMP)
	$(BIN)/dossier build

test: $(STAMP)
	$(BIN)/python -m pytest

serve: $(STAMP)
	$(BIN)/dossier serve

check: build
	$(BIN)/dossier check

evaluate: $(STAMP)
	$(BIN)/python scripts/evaluate.py

bench: $(STAMP)
	$(BIN)/python scripts/bench_incremental.py

# Re-install only when the dependency list changes: a no-op set-up is instant.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf output .cache
