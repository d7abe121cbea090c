# The two commands of the README: `make demo` (set up, load the sample minutes, serve) and
# `make test`. Every target sets up .venv first.
.PHONY: setup demo serve test lint bench-extract eval

setup:
	@scripts/setup-venv

demo: setup
	.venv/bin/minutes-kg demo

serve: setup
	.venv/bin/minutes-kg serve

lint: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

test: lint
	.venv/bin/python -m pytest

eval: setup
	.venv/bin/minutes-kg eval tests/data/minutes

bench-extract: setup
	.venv/bin/minutes-kg bench extract tests/data/minutes --megabytes 10
