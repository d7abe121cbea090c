"""Extracting many files: each failure reported by name, the others still done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from loaders.errors import MinutesKGError
from loaders.extract.registry import Registry
from loaders.models import Extraction
from loaders.pipeline import extract_file, iter_documents


def extract_paths(
    paths: list[Path], on_error: Callable[[str], None], registry: Registry | None = None
) -> tuple[list[Extraction], list[Path]]:
    """Extract every file named (and every minutes file in the folders named), in order.

    Args:
        paths: files and folders.
        on_error: called with a one-line message naming the file for each file that fails.
        registry: the bureau registry; the bundled one by default.

    Returns:
        The extractions of the files that could be read, and the files that could not.
    """
    results: list[Extraction] = []
    failures: list[Path] = []
    for path in iter_documents(paths):
        try:
            extraction = extract_file(path, registry)
        except MinutesKGError as error:
            on_error(str(error))
            failures.append(path)
            continue
        for warning in extraction.warnings:
            on_error(f"warning: {warning}")
        results.append(extraction)
    return results, failures
