# Every target builds its own virtual environment first: only Python 3.11 is needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= demo.db

.PHONY: install demo test lint format golden readme bench clean sample-data

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	$(BIN)/python -m compileall -q scrutiny_cli
	touch $(STAMP)

demo: install
	rm -f $(DB)
	$(BIN)/scrutiny --db $(DB) ingest sample_data
	$(BIN)/scrutiny --db $(DB) meetings --table

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check scrutiny_cli tests benchmarks
	$(BIN)/ruff format --check scrutiny_cli tests benchmarks
	$(BIN)/mypy scrutiny_cli

format: install
	$(BIN)/ruff format scrutiny_cli tests benchmarks
	$(BIN)/ruff check --fix scrutiny_cli tests benchmarks

# Rewrite tests/golden/*.expected.json from the current parser, and the golden trackers of
# tests/golden/report/; review the diff before committing.
golden: install
	$(BIN)/python -m tests.golden_tool

# Rerun every `$ scrutiny ...` example in README.md on sample_data/ and rewrite its output;
# review the diff before committing (tests/test_readme_examples.py fails until they agree).
readme: install
	$(BIN)/python -m tests.readme_tool

# Speed is measured here, never by timed assertions in tests: one table, every figure beside
# its yardstick in the same run. `make bench BENCH=--full` for the 16,000-file archive and
# the million items (built once, about ten minutes, kept in /tmp/scrutiny-bench).
BENCH ?=
# (Bytecode compiled first, as an installed package has it: an editable install does not,
# and with PYTHONDONTWRITEBYTECODE set every start-up would compile the modules again.)
bench: install
	$(BIN)/python -m compileall -q scrutiny_cli
	$(BIN)/python benchmarks/bench.py $(BENCH)

# The PDFs in sample_data/ are generated from synthetic text kept in tests/fixtures/.
sample-data: install
	$(BIN)/python -m tests.pdfmaker tests/fixtures/wyvern-housing-2024-01-16.txt \
		sample_data/wyvern/housing/2024-01-16-formal-minutes.pdf \
		"Housing and Communities Scrutiny Board – 16 January 2024"

clean:
	rm -rf $(VENV) demo.db .pytest_cache .mypy_cache .ruff_cache
