# Two commands on a fresh machine: `make run` and `make test`. Everything else is a step of those.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
export PORT

.PHONY: run test install lint typecheck pytest migrate seed openapi screener-model bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || { sudo_apt=$$(command -v sudo || true); $$sudo_apt apt-get update -qq && $$sudo_apt apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); }

# Re-install whenever the dependency list or the pins change.
$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed

migrate: install
	$(BIN)/referral-router migrate

seed: migrate
	$(BIN)/referral-router seed

run: seed
	$(BIN)/referral-router serve --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check app tests bench alembic docker
	$(BIN)/ruff format --check app tests bench docker

typecheck: install
	$(BIN)/mypy

pytest: install
	sh scripts/provision-test-deps.sh
	sh scripts/test-postgres.sh $(BIN)/pytest

test: lint typecheck pytest

openapi: install
	$(BIN)/referral-router openapi --out openapi.json

# Retrain the free-text screening models after changing tests/routing's labelled phrases.
screener-model: install
	$(BIN)/python scripts/train_screener.py

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .hypothesis
