# The two commands of the README: `make demo` and `make test`. Both set up .venv first.
.PHONY: setup demo test lint bench-extract eval

setup:
	@scripts/setup-venv

demo: setup
	.venv/bin/minutes-kg demo

lint: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

test: lint
	.venv/bin/python -m pytest

eval: setup
	.venv/bin/minutes-kg eval tests/data/minutes

bench-extract: setup
	.venv/bin/minutes-kg bench extract tests/data/minutes --megabytes 10
