"""Loading minutes into a graph store: read, extract, batch and write, a group of files at a time.

Each document is written whole or not at all, so a file that fails leaves the graph as it was
and the other files still load; many documents share one transaction (:mod:`.writing`).
Loading is idempotent per file: the same file twice changes nothing, and a changed version of a
file replaces that file's facts (see :mod:`graph_service.loading.batch`).
A dry run asks the store what each write would change and writes nothing.

The steps, each callable alone: read, extract and batch (:mod:`.steps`), the group write or
comparison (:mod:`.group`), the load's record (:mod:`.record`); this module runs them in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from pathlib import Path
from typing import Protocol

from graph_service.errors import StoreUnavailableError
from graph_service.loading import history, record
from graph_service.loading.decisions import curated_registry
from graph_service.loading.group import Done, Group, compare_files, lost_all, write_files
from graph_service.loading.history import Via
from graph_service.loading.plan import Planned
from graph_service.loading.report import (
    STATUSES,
    FileResult,
    LoadReport,
    MeetingSummary,
    Status,
    status_of,
)
from graph_service.loading.steps import (
    FileSource,
    Prepared,
    Source,
    UploadSource,
    prepared,
    processes_for,
)
from graph_service.stores.protocol import GraphStore
from loaders.pipeline import iter_documents

__all__ = ["STATUSES", "FileResult", "LoadReport", "MeetingSummary", "Status", "load_paths",
           "load_uploads", "status_of", "upload_source"]  # fmt: skip

# Where uploads are recorded: an upload replaces the earlier upload of the same file name.
UPLOAD_PREFIX = "upload/"

Progress = Callable[[FileResult, int, int], None]
ReadProgress = Callable[[str, int, int], None]


def load_paths(
    store: GraphStore,
    paths: Iterable[str | Path],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    by: str | None = None,
    on_read: ReadProgress | None = None,
) -> LoadReport:
    """Load minutes files, and the minutes files inside folders, each document whole or not at all.

    Args:
        store: the graph store to write to.
        paths: files and folders; a file named explicitly is always tried.
        dry_run: compute what would change without writing.
        progress: called after each file with its result, the files done and the files in all.
        by: who runs the load, for its record (the user name by default).
        on_read: called after each file is read and extracted, before its group is written, with
            the file, the files read and the files in all (a progress bar that moves per file).

    Returns:
        The report; a file that could not be read, extracted or written is listed as failed with
        the reason, and the others are loaded all the same. If the store itself becomes
        unavailable, the load stops there: ``stopped`` says why and ``not_loaded`` lists the files
        not tried. Each document is written whole or not at all, so the same load run again
        finishes the job.

    Raises:
        GraphStoreError: only when the store fails outside a document's write.
    """
    # Absolute paths, so the same file loaded from another folder is still the same document.
    files = [_absolute(path) for path in iter_documents([Path(p) for p in paths])]
    sources: list[Source] = [FileSource(path) for path in files]
    writer = DryRun(store) if dry_run else Writes(store, "cli", by)
    return run_load(store, writer, sources, progress, bulk=not dry_run,
                    processes=processes_for(len(sources)), on_read=on_read)  # fmt: skip


def load_uploads(
    store: GraphStore,
    uploads: Iterable[tuple[str, bytes | Callable[[], bytes]]],
    *,
    dry_run: bool = False,
    by: str | None = None,
) -> LoadReport:
    """Load uploaded files, each recorded as ``upload/<file name>``.

    Args:
        store: the graph store to write to.
        uploads: ``(file name, content)`` pairs; content given as a function is read only when
            its file's turn comes, so that one file at a time is in memory.
        dry_run: compute what would change without writing.
        by: who uploaded, for the load's record.

    Returns:
        The report, a failed entry for each file that could not be loaded.

    Raises:
        StoreUnavailableError: the store became unavailable; the message names the files loaded.
    """
    sources: list[Source] = [UploadSource(upload_source(name), data) for name, data in uploads]
    writer = DryRun(store) if dry_run else Writes(store, "api", by or "api")
    # Uploads are synced write by write, as every answer of the API promises.
    report = run_load(store, writer, sources, None, bulk=False, processes=1)
    if report.stopped:
        done = ", ".join(r.file for r in report.files if r.status != "failed") or "none"
        raise StoreUnavailableError(f"{report.stopped}; loaded before: {done}; send the rest again")
    return report


def upload_source(name: str) -> str:
    """Return the source recorded for an uploaded file: its base name under ``upload/``.

    >>> upload_source("C:\\\\minutes\\\\2024-13.txt")
    'upload/2024-13.txt'
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return UPLOAD_PREFIX + (base or "unnamed")


def _absolute(path: Path) -> Path:
    """Return ``path`` resolved, or only made absolute when it is a link to nothing (so that its
    error names the link, not the missing target).

    >>> _absolute(Path("/no/such/folder/../minutes.txt"))
    PosixPath('/no/such/minutes.txt')
    """
    if path.is_symlink() and not path.exists():
        return path.absolute()
    return path.resolve()


class Writer(Protocol):
    """The group step of a load and its record: :class:`Writes`, or :class:`DryRun`."""

    dry_run: bool
    load: str | None

    def __call__(self, files: list[Prepared]) -> Done:
        """Write (or compare) ``files``; a result per file."""
        ...

    def finish(self, report: LoadReport) -> None:
        """Complete the load once every group is done (or the load stopped)."""
        ...


class Writes:
    """A load that writes: its record stored before the first write and completed at the end."""

    dry_run = False

    def __init__(self, store: GraphStore, via: Via, by: str | None) -> None:
        self.store = store
        self.record = history.new_load(via, by)
        self.load: str | None = self.record.id
        self.begun = False
        self.replaced: dict[str, list[history.Fact]] = {}  # per file, noted before its write

    def __call__(self, files: list[Prepared]) -> Done:
        if not self.begun:
            try:
                record.begin(self.store, self.record)
            except StoreUnavailableError as error:
                return lost_all(files, error)
            self.begun = True
        done = write_files(self.store, files, self.record)
        self.replaced |= done.replaced
        return done

    def finish(self, report: LoadReport) -> None:
        if not report.files:
            return
        try:
            record.finish(self.store, self.record, report, self.replaced)
        except StoreUnavailableError as error:
            # The record is lost with the store, not the documents: the load says it stopped.
            report.stopped = report.stopped or str(error)


class DryRun:
    """A dry run: each file compared with the graph as the earlier files would have left it."""

    dry_run = True
    load: str | None = None

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.planned = Planned()

    def __call__(self, files: list[Prepared]) -> Done:
        return compare_files(self.store, self.planned, files)

    def finish(self, report: LoadReport) -> None:
        """Nothing to complete: a dry run has no record."""


def run_load(
    store: GraphStore, writer: Writer, sources: list[Source], progress: Progress | None, *,
    bulk: bool, processes: int, on_read: ReadProgress | None = None,
) -> LoadReport:  # fmt: skip
    """Prepare ``sources`` in order and hand them to ``writer`` a group at a time.

    A group is written in a thread of its own while the next group is read and extracted (in
    ``processes`` worker processes), so the database works while Python extracts; the results
    are reported in file order. A ``bulk`` load pays for durability once, when its writes are
    done (:meth:`~graph_service.stores.protocol.GraphStore.bulk_writes`), before its record is
    completed: a load that reports success is on disk.
    """
    # Curators' decisions apply to every document loaded, whatever the registry files say.
    registry = curated_registry(store)
    run = _Run(writer, LoadReport(dry_run=writer.dry_run, load=writer.load), progress, sources)
    slots = prepared(sources, registry, processes)
    try:
        with (
            store.bulk_writes() if bulk else nullcontext(),
            ThreadPoolExecutor(1, thread_name_prefix="minutes-kg-write") as pool,
        ):
            group = Group()
            for done, slot in enumerate(slots, start=1):
                group.add(slot)
                if on_read is not None:
                    on_read(sources[done - 1].source, done, len(sources))
                if writer.dry_run or done == len(sources) or group.full():
                    run.collect()
                    if run.report.stopped:
                        run.stop(group, done)
                        break
                    run.writing = pool.submit(run.write, group)
                    group = Group()
            run.collect()
    finally:
        slots.close()
        writer.finish(run.report)
    return run.report


class _Run:
    """The state of one load between groups: the report so far and the group being written."""

    def __init__(self, writer: Writer, report: LoadReport, progress: Progress | None,
                 sources: list[Source]) -> None:  # fmt: skip
        self.writer = writer
        self.report = report
        self.progress = progress
        self.sources = sources
        self.writing: Future[tuple[list[FileResult], str | None]] | None = None

    def write(self, group: Group) -> tuple[list[FileResult], str | None]:
        """Write a group (in the writing thread); its results in load order, and a lost store."""
        done = self.writer(group.prepared)
        return group.in_order(done.results), done.lost

    def collect(self) -> None:
        """Wait for the group being written and report its files."""
        if self.writing is None:
            return
        results, lost = self.writing.result()
        self.writing = None
        for result in results:
            self.report.files.append(result)
            if self.progress is not None:
                self.progress(result, len(self.report.files), len(self.sources))
        self.report.stopped = self.report.stopped or lost

    def stop(self, group: Group, done: int) -> None:
        """Every later file would fail the same way: stop, say what is left to load."""
        self.report.files += [group.failures[k] for k in sorted(group.failures)]
        self.report.not_loaded = [item.source for item in group.prepared]
        self.report.not_loaded += [source.source for source in self.sources[done:]]
