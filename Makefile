# The two commands of the README: `make demo` (set up, load the sample minutes, serve) and
# `make test` (`make test-fast` for the development loop). Every target sets up .venv first:
# the service alone for demo, serve, eval and bench-extract; with the test tools for the others.
.PHONY: setup setup-test demo serve test test-fast lint bench-extract eval compiled bench-extract-compiled

setup:
	@scripts/setup-venv runtime

setup-test:
	@scripts/setup-venv test

demo: setup
	.venv/bin/minutes-kg demo

serve: setup
	.venv/bin/minutes-kg serve

lint: setup-test node_modules/.package-lock.json
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy
	npx --no-install eslint viz/static

# ESLint for the pages' scripts, at the versions package-lock.json pins (npm ci when it changes).
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --silent

# Every test, the heavy ones included (what .ci/run runs).
test: lint
	.venv/bin/python -m pytest

# The development loop: everything but the browser, fault, 10,000-file, schemathesis, load,
# README-example and slow tests.
FAST = not browser and not faults and not bulk and not schemathesis and not loadtest and not readme and not slow
test-fast: lint
	.venv/bin/python -m pytest -m "$(FAST)"

eval: setup
	.venv/bin/minutes-kg eval tests/data/minutes

bench-extract: setup
	.venv/bin/minutes-kg bench extract tests/data/minutes --megabytes 10

# The readers and the extractor compiled to C by mypyc (setup.py), in a venv of their own so that
# .venv keeps running the files as they are edited: the same extraction, less time in the
# interpreter. It is built from the files as they are now: make it again after changing them.
compiled:
	rm -rf .venv-compiled
	$$(scripts/find-python) -m venv .venv-compiled
	.venv-compiled/bin/python -m pip install --quiet . 'mypy>=1.10' 'setuptools>=77'
	MKG_COMPILE=1 .venv-compiled/bin/python -m pip install --quiet --no-build-isolation --no-deps --force-reinstall .

bench-extract-compiled: compiled
	.venv-compiled/bin/minutes-kg bench extract tests/data/minutes --megabytes 10
