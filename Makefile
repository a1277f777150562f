# Two commands matter: `make serve` (set up + serve) and `make test` (set up + run every test).
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: serve build zip test lint bench clean graphviz chromium lock

# Installs stay within constraints.txt, the versions the tests passed with: a new release elsewhere changes nothing.
$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -c constraints.txt pip
	$(PY) -m pip install --quiet -c constraints.txt -e .
	touch $@

$(TEST_STAMP): $(STAMP) pyproject.toml constraints.txt
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

# Refresh constraints.txt on purpose: resolve pyproject.toml's ranges afresh in a scratch venv, then run `make test`
# and commit the new lock with a message naming what changed.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade pip
	.venv-lock/bin/python -m pip install --quiet -e '.[test]'
	{ sed -n '1,2p' constraints.txt; .venv-lock/bin/python -m pip freeze --all --exclude-editable | grep -v '^stofhaandbog'; } > constraints.txt.new
	mv constraints.txt.new constraints.txt && rm -rf .venv-lock
	@echo "constraints.txt refreshed: run 'make test', then commit it"

serve: $(STAMP) graphviz
	$(PY) -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

# Strict (any warning fails) and safe: a failed build leaves the last good site/ or zip in place (macros/build.py).
SITE_DIR ?= site
build: $(STAMP) graphviz
	$(PY) -m macros.build $(SITE_DIR)

# A zip that runs from file:// (fildrev, USB): .html links, inlined search index, no network.
# HANDBOOK_OVERLAY=overlays/x.yml make zip includes a municipality's overlay.
DIST ?= dist
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
zip: $(STAMP) graphviz
	mkdir -p $(DIST)
	$(PY) -m macros.build --zip $(DIST)/haandbog-$(VERSION)

# Graphviz's `dot` draws the flow diagrams: every build needs it.
graphviz:
	@command -v dot >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq graphviz >/dev/null; \
	  else echo "Graphviz missing: run 'sudo apt-get install graphviz'"; fi; }

# Chromium runs the browser tests; Graphviz's `dot` draws the flow diagrams in every build;
# Java runs the Nu HTML Checker (tests/test_html_validity.py).
chromium:
	@{ command -v chromium && command -v dot && command -v java; } >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium graphviz default-jre-headless >/dev/null; \
	  else echo "Chromium, Graphviz or Java missing: run 'sudo apt-get install chromium graphviz default-jre-headless'"; fi; }

test: $(TEST_STAMP) chromium
	$(PY) -m ruff check macros tests
	$(PY) -m pytest -q -n auto --dist worksteal

# Build times (the real handbook, 500 and 2000 synthetic guidelines, each against plain MkDocs on the same pages),
# page weights, phone and search figures -> benchmarks/REPORT.md (the 2000-guideline builds, Lighthouse and the
# search timing take longest). BENCH_RUNS / BENCH_SYNTHETIC_RUNS set the alternating pairs per dataset (default
# 5 / 3); BENCH_SKIP=2000,full-nav keeps those figures from the last run. Build times only, in a few minutes:
# BENCH_SYNTHETIC_RUNS=1 BENCH_SKIP=2000,full-nav .venv/bin/python benchmarks/suite.py --builds-only.
# `benchmarks/suite.py --report-only` rewrites the report from benchmarks/results.json.
bench: $(TEST_STAMP) chromium
	$(PY) benchmarks/suite.py

clean:
	rm -rf site site.tmp dist .pytest_cache
