# Everything an editor or CI needs. `make site` and `make test` work on a fresh machine with Python 3.11.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: site serve test check bench clean venv browser-deps

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

venv: $(STAMP)

## Build the whole site (all languages) into site/, failing on any warning.
site: $(STAMP)
	$(BIN)/mkdocs build --strict --clean

## Live preview for editors at http://127.0.0.1:8000/
serve: $(STAMP)
	$(BIN)/mkdocs serve

## Install what the browser tests need: Debian's chromium (when absent) and its fonts.
browser-deps:
	@if ! command -v /usr/bin/chromium >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	fi

## Run every test: pure functions, whole-site builds, real browser.
test: $(STAMP) browser-deps
	$(BIN)/python -m pytest

clean:
	rm -rf site .pytest_cache
