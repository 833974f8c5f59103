# Two commands matter: `make demo` (install, seed, serve) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo install test lint format check serve clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Re-installs only when pyproject.toml or package-lock.json changed.
$(VENV)/.installed: pyproject.toml package-lock.json | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed

demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	@echo "Portal: http://$(HOST):$(PORT)/  –  Redaktion: http://$(HOST):$(PORT)/admin/"
	$(MANAGE) runserver $(HOST):$(PORT)

# One process: on 2 cores pytest-xdist was slower (each worker migrates its own
# database). ARGS passes arguments to pytest: `make test ARGS=tests/test_search.py`.
test: install
	$(BIN)/pytest $(ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) node_modules db.sqlite3 staticfiles test-media

# The benchmark (not part of the tests): see bench/run.py and the README.
bench: install
	$(BIN)/python bench/run.py --scale $${SCALE:-5000}
