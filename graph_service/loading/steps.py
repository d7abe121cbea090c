"""The steps of a load before the store: read a file, extract its facts, make its batch.

Each step is a function a test can call alone: :func:`read_source` (a source → a
:class:`~loaders.models.Document`), :func:`extract_document` (→ an
:class:`~loaders.models.Extraction`), :func:`batch_of` (→ a :class:`GraphBatch`), and
:func:`prepare`, the three in a row, which turns a failure into a :class:`Slot` naming it.
:func:`prepared` runs :func:`prepare` over many sources, in worker processes when there are
enough of them, and yields the slots in the sources' order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol

from graph_service.graph_models import GraphBatch
from graph_service.loading.batch import to_batch
from loaders.errors import MinutesKGError
from loaders.extract.minutes import extract
from loaders.extract.registry import Registry
from loaders.models import Document, Extraction
from loaders.read.readers import read_bytes, read_document

POOL_MIN_FILES = 64
"""Fewer files than this are prepared in the loading process: starting workers costs more."""
FILES_PER_TASK = 8
"""Files a worker prepares per task: fewer round trips, still an even share per worker."""
TASKS_AHEAD = 4
"""Tasks per worker submitted ahead of the writer, so prepared files wait in bounded numbers."""


class Source(Protocol):
    """A file to load: the name it is recorded under, and how to read it."""

    @property
    def source(self) -> str:
        """The name recorded for the file (its absolute path, or ``upload/<name>``)."""
        ...

    def read(self) -> Document:
        """Read and normalise the file; raises :class:`~loaders.errors.MinutesKGError`."""
        ...


@dataclass(frozen=True)
class FileSource:
    """A file on disk, recorded under its path (picklable, so a worker process can read it)."""

    path: Path

    @property
    def source(self) -> str:
        return str(self.path)

    def read(self) -> Document:
        return read_document(self.path)


@dataclass(frozen=True)
class UploadSource:
    """Uploaded bytes, or a function giving them only when the file's turn comes."""

    source: str
    data: bytes | Callable[[], bytes]

    def read(self) -> Document:
        return read_bytes(self.data() if callable(self.data) else self.data, self.source)


class Prepared(NamedTuple):
    """A file read and extracted, its batch ready to be written."""

    source: str
    extraction: Extraction
    batch: GraphBatch


class Slot(NamedTuple):
    """One file's turn in a load: prepared, or failed before the store (``error`` says why)."""

    source: str
    prepared: Prepared | None = None
    error: str | None = None


def read_source(source: Source) -> Document:
    """Read step: the file as a normalised document; raises ``MinutesKGError`` naming it."""
    return source.read()


def extract_document(document: Document, registry: Registry | None) -> Extraction:
    """Extract step: the meeting and its facts, bureaus resolved with ``registry``."""
    return extract(document, registry)


def batch_of(extraction: Extraction, document: Document) -> GraphBatch:
    """Batch step: the nodes and edges of one document, each with its provenance."""
    return to_batch(extraction, document)


def prepare(source: Source, registry: Registry | None) -> Slot:
    """Read, extract and batch one file; a file that fails is a slot with the reason.

    >>> prepare(UploadSource("upload/empty.txt", b""), None).error is not None
    True
    """
    try:
        document = read_source(source)
        extraction = extract_document(document, registry)
        batch = batch_of(extraction, document)
    except MinutesKGError as error:
        return Slot(source.source, error=str(error))
    return Slot(source.source, Prepared(source.source, extraction, batch))


def prepared(sources: list[Source], registry: Registry | None, processes: int) -> Generator[Slot]:
    """Yield :func:`prepare` of every source, in order; in ``processes`` workers when worth it.

    Workers read and extract while the caller writes; at most :data:`TASKS_AHEAD` tasks per
    worker wait ahead of the caller, so memory stays bounded however many files there are.
    """
    if processes <= 1 or len(sources) < POOL_MIN_FILES:
        yield from (prepare(source, registry) for source in sources)
        return
    tasks = [sources[k : k + FILES_PER_TASK] for k in range(0, len(sources), FILES_PER_TASK)]
    # Not forked: the loading process runs threads (the writer, the store's clients).
    context = multiprocessing.get_context("forkserver")
    pool = ProcessPoolExecutor(
        processes, mp_context=context, initializer=_set_registry, initargs=(registry,)
    )
    try:
        yield from _in_order(pool, tasks, processes * TASKS_AHEAD)
    finally:  # a load that stops early leaves tasks behind: they are not run
        pool.shutdown(cancel_futures=True)


def processes_for(files: int) -> int:
    """Return how many worker processes prepare ``files`` files: one per core, when worth it.

    >>> processes_for(1)
    1
    """
    return (os.cpu_count() or 1) if files >= POOL_MIN_FILES else 1


def _in_order(
    pool: ProcessPoolExecutor, tasks: Iterable[list[Source]], ahead: int
) -> Iterator[Slot]:
    waiting: deque[Future[list[Slot]]] = deque()
    for task in tasks:
        waiting.append(pool.submit(_prepare_task, task))
        if len(waiting) >= ahead:
            yield from waiting.popleft().result()
    while waiting:
        yield from waiting.popleft().result()


_registry: Registry | None = None
"""The registry of the load a worker process serves (set once when the worker starts)."""


def _set_registry(registry: Registry | None) -> None:
    global _registry
    _registry = registry


def _prepare_task(sources: list[Source]) -> list[Slot]:
    return [prepare(source, _registry) for source in sources]
