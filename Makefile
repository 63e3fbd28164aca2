# The two set-up commands of the README (`make demo`, `make test`) start here.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install system-deps demo test bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,dask]'
	touch $(STAMP)

# Debian packages the tests use: chromium for the browser tests, PostgreSQL for the
# second store. Installed only when missing, and only where we may (root or sudo).
system-deps:
	@bash scripts/system-deps.sh

demo: install
	$(BIN)/ngo-atlas demo

# The suite on both stores: SQLite files, then a throw-away PostgreSQL 15 server (the
# second pass runs the tests that open an atlas). Both summaries print; either failing fails.
test: install system-deps
	bash scripts/test-both-stores.sh $(BIN)/python

bench: install
	$(BIN)/python -m bench.run --small

clean:
	rm -rf $(VENV) var test-artifacts .pytest_cache
