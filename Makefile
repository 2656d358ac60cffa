# Two commands for a newcomer: `make run` and `make test`. See README.md.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
# pytest-xdist workers for `make test`: each has its own test database and Redis database (tests/conftest.py).
TEST_WORKERS ?= 2

.PHONY: run test lint format messages browser voikko bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@ $(VENV)/.installed

## Set everything up and serve the site with demo content at http://127.0.0.1:8000/
run: $(VENV)/.installed voikko
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py update_index
	@# The newsletter's worker beside the server (emails print to this console); stopped with it.
	$(BIN)/python manage.py newsletter_worker --verbosity 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST)

## Run every check and test: lint, Django checks, the pytest suite with the browser tests.
## Uses SQLite unless DATABASE_URL is set (CI sets it to PostgreSQL).
test: $(VENV)/.installed-test browser voikko lint
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadgroup

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## Debian's Chromium for the accessibility tests (Playwright can't download its own here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for the accessibility tests"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

## Voikko, the Finnish analyser behind the site search (Debian's libvoikko1 and voikko-fi).
voikko:
	@dpkg -s libvoikko1 voikko-fi >/dev/null 2>&1 || { \
		echo "Installing Debian's libvoikko1 and voikko-fi for Finnish search"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libvoikko1 voikko-fi; }

## Benchmark a production-like instance (PostgreSQL, Redis, gunicorn, Varnish) with wrk: see README.md.
## Options: BENCH_SECONDS=10 (per run), BENCH_DEEDS=N (generated deeds), BENCH_ARGS="--fresh --identity".
bench: $(VENV)/.installed voikko
	BENCH_SECONDS="$(BENCH_SECONDS)" BENCH_DEEDS="$(BENCH_DEEDS)" $(BIN)/python bench/run.py $(BENCH_ARGS)

## Refresh the translation catalogues after changing visible strings (needs gettext).
messages: $(VENV)/.installed
	$(BIN)/python manage.py makemessages -l fi -l sv -l en --no-obsolete --ignore=.venv --ignore=tests
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 media static .pytest_cache .ruff_cache
