"""Load figures: extraction MB/s, load throughput in stages, re-loading, the naive baseline.

Documents are extracted once, in worker processes, into a cache of pickled batches; each store
then loads the same batches. Only the writes are timed for load throughput (a group of documents
per transaction, as ``minutes-kg load`` writes: :mod:`graph_service.loading.writing`), so extraction
and unpickling do not count against the store. A corpus of 100k meetings is about 8 GB of
batches in memory, hence the cache on disk, read a chunk at a time.
"""

from __future__ import annotations

import multiprocessing
import pickle
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from graph_service.errors import WriteFailedError
from graph_service.graph_models import GraphBatch, WriteResult
from graph_service.loading.batch import to_batch
from graph_service.loading.writing import groups, write_group
from graph_service.stores.protocol import GraphStore
from loaders.extract.minutes import extract
from loaders.pipeline import iter_documents
from loaders.read.readers import read_document

CHUNK = 250
WRITE_ATTEMPTS = 4


@dataclass
class ExtractFigures:
    """Documents read and extracted, megabytes of text, wall seconds, worker processes."""

    documents: int = 0
    megabytes: float = 0.0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    processes: int = 1

    @property
    def mb_per_s(self) -> float:
        """Megabytes of text per wall second, all processes together."""
        return self.megabytes / self.seconds if self.seconds else 0.0


@dataclass
class Written:
    """What a timed run of writes did: documents, nodes plus edges, seconds, result counts."""

    documents: int = 0
    elements: int = 0
    seconds: float = 0.0
    added: int = 0
    removed: int = 0
    retries: int = 0

    @property
    def rate(self) -> float:
        """Nodes plus edges written per second."""
        return self.elements / self.seconds if self.seconds else 0.0


def minutes_files(folder: Path) -> list[Path]:
    """Return the minutes files of a folder (gold files left out), in a stable order."""
    # Absolute, as ``minutes-kg load`` records them, so re-loading finds the same sources.
    files = iter_documents([folder.resolve()])
    return [path for path in files if not path.name.endswith(".gold.json")]


def _extract_chunk(job: tuple[list[Path], Path]) -> tuple[int, float, float]:
    """Extract a chunk of files into one pickle; return documents, megabytes and CPU seconds."""
    files, target = job
    started = time.process_time()
    batches, size = [], 0.0
    for path in files:
        document = read_document(path)
        size += len(document.text.encode("utf-8")) / 1e6
        batches.append(to_batch(extract(document), document))
    target.write_bytes(pickle.dumps(batches, protocol=pickle.HIGHEST_PROTOCOL))
    return len(files), size, time.process_time() - started


def extract_to_cache(files: list[Path], cache: Path, processes: int) -> ExtractFigures:
    """Read and extract ``files`` in ``processes`` worker processes into ``cache/chunk_*.pkl``.

    Args:
        files: the minutes files, in load order.
        cache: an empty folder for the pickled batches.
        processes: worker processes.

    Returns:
        The extraction figures.
    """
    cache.mkdir(parents=True, exist_ok=True)
    jobs = [(files[k : k + CHUNK], cache / f"chunk_{k // CHUNK:06d}.pkl")
            for k in range(0, len(files), CHUNK)]  # fmt: skip
    figures = ExtractFigures(processes=processes)
    started = time.perf_counter()
    # forkserver: the bench's threads (store clients, writers) must not be forked with it.
    with ProcessPoolExecutor(
        processes, mp_context=multiprocessing.get_context("forkserver")
    ) as pool:
        for documents, size, cpu in pool.map(_extract_chunk, jobs):
            figures.documents += documents
            figures.megabytes += size
            figures.cpu_seconds += cpu
    figures.seconds = time.perf_counter() - started
    return figures


def cached_chunks(cache: Path, start: int, stop: int) -> Iterator[list[GraphBatch]]:
    """Yield the cached batches of documents ``start`` to ``stop`` (from 0), a chunk at a time."""
    for k in range(start // CHUNK, (stop + CHUNK - 1) // CHUNK):
        batches = pickle.loads((cache / f"chunk_{k:06d}.pkl").read_bytes())
        first = k * CHUNK
        yield batches[max(start - first, 0) : max(stop - first, 0)]


def write_with_retries(store: GraphStore, batch: GraphBatch) -> tuple[WriteResult, int]:
    """Write one document, trying again when a parallel writer held a lock it needed.

    Returns:
        The write's result and the number of retries it took.

    Raises:
        WriteFailedError: every attempt failed.
    """
    for attempt in range(WRITE_ATTEMPTS):
        try:
            return store.write(batch), attempt
        except WriteFailedError:
            if attempt == WRITE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def government_of(batch: GraphBatch) -> str:
    """Return the government a document's nodes belong to (``?`` when unknown).

    >>> government_of(GraphBatch(doc="h", source="a"))
    '?'
    """
    return next((n.props["government"] for n in batch.nodes if "government" in n.props), "?")


def by_writer(chunk: list[GraphBatch], writers: int) -> list[list[GraphBatch]]:
    """Split a chunk between writers so that no two write the same government's documents.

    Documents of one government share bureau and initiative nodes; written at the same time
    they wait on each other's locks (Neo4j even detects deadlocks and retries).

    >>> a, b = GraphBatch(doc="a", source="a"), GraphBatch(doc="b", source="b")
    >>> [len(part) for part in by_writer([a, b], 2)]
    [2, 0]
    """
    parts: list[list[GraphBatch]] = [[] for _ in range(writers)]
    seats: dict[str, int] = {}
    for batch in chunk:
        government = government_of(batch)
        seat = seats.setdefault(government, len(seats) % writers)
        parts[seat].append(batch)
    return parts


def write_groups(store: GraphStore, part: list[GraphBatch]) -> list[tuple[WriteResult, int]]:
    """Write ``part`` a group at a time, as ``minutes-kg load`` does; retry a document that failed.

    Returns:
        Each document's result and the retries it took.
    """
    results = []
    for group in groups(part):
        for outcome in write_group(store, group):
            if outcome.result is None:
                results.append(write_with_retries(store, outcome.batch))
            else:
                results.append((outcome.result, 0))
    return results


def timed_writes(
    write: Callable[[list[GraphBatch]], list[tuple[WriteResult, int]]],
    chunks: Iterator[list[GraphBatch]],
    writers: int,
) -> Written:
    """Write every batch of ``chunks`` with ``writers`` threads; only the writes are timed.

    Args:
        write: writes one writer's share of a chunk and returns each document's result.
        chunks: the documents, a chunk at a time.
        writers: threads writing at once.
    """
    done = Written()
    with ThreadPoolExecutor(writers) as pool:
        for chunk in chunks:
            started = time.perf_counter()
            results = [r for part in pool.map(write, by_writer(chunk, writers)) for r in part]
            done.seconds += time.perf_counter() - started
            done.documents += len(chunk)
            done.elements += sum(len(b.nodes) + len(b.edges) for b in chunk)
            done.added += sum(result.added for result, _ in results)
            done.removed += sum(result.removed for result, _ in results)
            done.retries += sum(retries for _, retries in results)
    return done


def load_stage(store: GraphStore, cache: Path, start: int, stop: int, writers: int) -> Written:
    """Load documents ``start`` to ``stop`` of the cache into ``store``, as ``minutes-kg load``
    writes: durability paid once at the end (its time counted)."""
    write = lambda part: write_groups(store, part)  # noqa: E731
    return bulk_timed(
        store, lambda: timed_writes(write, cached_chunks(cache, start, stop), writers)
    )


def bulk_timed(store: GraphStore, writes: Callable[[], Written]) -> Written:
    """Run ``writes`` inside the store's bulk writes; the sync at the end counts in their time."""
    with store.bulk_writes():
        done = writes()
        ended = time.perf_counter()
    done.seconds += time.perf_counter() - ended
    return done
