# Constel — the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FRONTEND := frontend
# A real OpenID provider (npm oidc-provider) that the single sign-on tests start on loopback.
TEST_PROVIDER := tests/sso/provider
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: run test audit lint typecheck pytest frontend-test e2e openapi bench install spa clean

$(BIN)/constel-api: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/constel-api $(FRONTEND)/node_modules/.installed $(TEST_PROVIDER)/node_modules/.installed

$(TEST_PROVIDER)/node_modules/.installed: $(TEST_PROVIDER)/package-lock.json
	cd $(TEST_PROVIDER) && npm ci --no-audit --no-fund
	touch $@

$(FRONTEND)/node_modules/.installed: $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && npm ci --no-audit --no-fund
	touch $@

spa: $(FRONTEND)/node_modules/.installed
	cd $(FRONTEND) && npm run build

## make run [PORT=8000]: API + SPA on one URL, embedded PostgreSQL, demo data printed.
## A busy port is reported before anything starts; stopping it stops the database too.
run: install spa
	$(BIN)/constel-api dev --host $(HOST) --port $(PORT)

## make test: lint, type checks, the Python suite, the SPA's unit and browser tests.
test: install lint typecheck audit pytest frontend-test e2e

lint: $(BIN)/constel-api
	$(BIN)/ruff check src tests bench migrations

typecheck: $(BIN)/constel-api
	$(BIN)/mypy

pytest: $(BIN)/constel-api $(TEST_PROVIDER)/node_modules/.installed
	$(BIN)/pytest

frontend-test: $(FRONTEND)/node_modules/.installed
	cd $(FRONTEND) && npm run lint && npm run check:api && npm test

e2e: $(BIN)/constel-api $(FRONTEND)/node_modules/.installed
	@# test:e2e builds the SPA itself (once per `make test`).
	cd $(FRONTEND) && npm run test:e2e

## make audit: known vulnerabilities in the shipped Python and npm packages (allow-list in
## .ci/audit-allowlist.toml); prints "AUDIT NOT DONE" without failing when offline.
audit: $(BIN)/constel-api $(FRONTEND)/node_modules/.installed
	$(BIN)/python .ci/audit_deps.py

openapi: $(BIN)/constel-api
	$(BIN)/constel-api openapi --output openapi/openapi.json
	cd $(FRONTEND) && npm run gen:api

bench: $(BIN)/constel-api
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) $(FRONTEND)/node_modules $(FRONTEND)/dist $(TEST_PROVIDER)/node_modules var
