# Two commands set the portal up on a fresh machine with Python 3.11+:
#   make run    creates .venv, installs, migrates var/db.sqlite3, loads demo content, serves on 127.0.0.1:$(PORT)
#   make test   creates .venv with the dev extras, provisions the services the tests need
#               (scripts/test-services) and runs the tests (DATABASE_URL selects PostgreSQL)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
PYTEST_WORKERS ?= 2
REDIS_URL ?= redis://127.0.0.1:6379/0

.PHONY: run setup test lint bench soak translations clean help

help:
	@echo "make run    - set up and serve the portal on http://127.0.0.1:$(PORT)"
	@echo "make setup  - everything make run does except serving"
	@echo "make test   - set up the dev environment, provision the test services, run the tests"
	@echo "make lint   - ruff check and format check"
	@echo "make bench  - run the benchmarks in tests/bench"
	@echo "make soak   - readers and form senders through gunicorn while a throwaway database restarts"

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet .
	touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet ".[dev]"
	touch $@ $(VENV)/.installed

translations: $(VENV)/.installed
	$(MANAGE) compile_translations

setup: $(VENV)/.installed translations
	mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo
	$(MANAGE) ensure_demo_superuser

run: setup
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed-dev
	scripts/test-services
	$(BIN)/python manage.py compile_translations
	REDIS_URL=$(REDIS_URL) $(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(VENV)/.installed-dev
	$(BIN)/python -m tests.bench $(BENCH_ARGS)

soak: $(VENV)/.installed-dev
	$(BIN)/python -m tests.bench soak $(SOAK_ARGS)

clean:
	rm -rf $(VENV) var .pytest_cache
