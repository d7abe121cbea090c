"""File in, extraction out: the reader, the normaliser and the extractor chained."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from loaders.extract.minutes import extract
from loaders.extract.registry import Registry
from loaders.models import Extraction
from loaders.read.readers import read_document

DOCUMENT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".shtml", ".pdf", ".docx")


def extract_file(path: str | os.PathLike[str], registry: Registry | None = None) -> Extraction:
    """Read, normalise and extract one minutes file.

    Raises:
        UnreadableFileError: the file cannot be turned into text (the message names it and why).
    """
    return extract(read_document(path), registry)


def iter_documents(paths: list[Path]) -> Iterator[Path]:
    """Yield the files named, and the minutes files inside the folders named, in a stable order.

    Gold files (``*.gold.json``) and other non-document files inside folders are skipped; a file
    named explicitly is always yielded, so that an unreadable one gets its own error. So is a
    link inside a folder whose target is gone: it fails with its name instead of vanishing.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                broken = child.is_symlink() and not child.exists()
                if (child.is_file() or broken) and child.suffix.lower() in DOCUMENT_SUFFIXES:
                    yield child
        else:
            yield path
