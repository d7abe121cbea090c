"""Build hook: ``MKG_COMPILE=1`` compiles the readers and the extractor to C with mypyc.

Everything else about the package is in pyproject.toml. The compiled modules give the same
extraction as the Python ones and spend less time in the interpreter between pattern searches;
without the variable nothing is compiled and nothing more is needed to build. Compiling needs
mypy and the package's dependencies in the building environment (``make compiled``).
"""

from __future__ import annotations

import os

from setuptools import setup

# The modules a load spends its CPU in: reading and extraction (pure functions over text, typed
# strictly). The service, the stores and the models stay Python.
COMPILED = ["loaders/read", "loaders/extract"]


def _extensions() -> list[object]:
    if os.environ.get("MKG_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    return list(mypycify(COMPILED, opt_level="3"))


setup(ext_modules=_extensions())
