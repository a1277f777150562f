# Two commands matter: `make serve` (set up + serve) and `make test` (set up + run every test).
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: serve build test lint bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

serve: $(STAMP)
	$(PY) -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

# Build elsewhere and swap in only on success: a failed build never leaves a broken site/.
SITE_DIR ?= site
build: $(STAMP)
	rm -rf $(SITE_DIR).tmp
	$(PY) -m mkdocs build --strict --quiet -d $(SITE_DIR).tmp || { rm -rf $(SITE_DIR).tmp; exit 1; }
	rm -rf $(SITE_DIR) && mv $(SITE_DIR).tmp $(SITE_DIR)

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium graphviz >/dev/null; \
	  else echo "Chromium missing: run 'sudo apt-get install chromium'"; fi; }

test: $(TEST_STAMP) chromium
	$(PY) -m ruff check macros tests
	$(PY) -m pytest -q

bench: $(TEST_STAMP)
	$(PY) benchmarks/build_time.py

clean:
	rm -rf site site.tmp .pytest_cache
