"""Loading minutes into a graph store: read, extract, batch and write, a group of files at a time.

Each document is written whole or not at all, so a file that fails leaves the graph as it was
and the other files still load; many documents share one transaction (:mod:`.writing`).
Loading is idempotent per file: the same file twice changes nothing, and a changed version of a
file replaces that file's facts (see :mod:`graph_service.loading.batch`).
A dry run asks the store what each write would change and writes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, Field, computed_field

from graph_service.errors import StoreUnavailableError
from graph_service.graph_models import GraphBatch, WriteResult
from graph_service.loading import history
from graph_service.loading.batch import to_batch
from graph_service.loading.decisions import curated_registry
from graph_service.loading.history import LoadRecord, Via
from graph_service.loading.plan import Planned
from graph_service.loading.writing import group_full, write_group
from graph_service.stores.protocol import GraphStore
from loaders.errors import MinutesKGError
from loaders.extract.minutes import extract
from loaders.models import Document, Extraction
from loaders.pipeline import iter_documents
from loaders.read.readers import read_bytes, read_document

Status = Literal["added", "replaced", "unchanged", "failed"]
STATUSES: tuple[Status, ...] = ("added", "replaced", "unchanged", "failed")
# Where uploads are recorded: an upload replaces the earlier upload of the same file name.
UPLOAD_PREFIX = "upload/"


class MeetingSummary(BaseModel):
    """The meeting a document records."""

    id: str
    name: str
    date: str | None = None


class FileResult(BaseModel):
    """What loading one file did (or, in a dry run, would do)."""

    file: str
    status: Status
    doc: str | None = Field(None, description="content hash of the file")
    meeting: MeetingSummary | None = None
    extracted: dict[str, int] = Field(
        default_factory=dict, description="facts extracted, per kind (bureaus, reported, …)"
    )
    added: int = Field(0, description="nodes plus edges added")
    unchanged: int = Field(0, description="nodes plus edges already in the graph")
    removed: int = Field(0, description="nodes plus edges of an earlier version removed")
    error: str | None = Field(None, description="why the file failed, naming it")
    warnings: list[str] = Field(default_factory=list)


class LoadReport(BaseModel):
    """What a load did to the graph, per file and in total."""

    dry_run: bool = False
    load: str | None = Field(None, description="id of the load's record (none for a dry run)")
    files: list[FileResult] = Field(default_factory=list)
    stopped: str | None = Field(None, description="why the load stopped: the store went away")
    not_loaded: list[str] = Field(default_factory=list, description="files not tried (stopped)")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def documents(self) -> dict[str, int]:
        """Files per status: added, replaced, unchanged, failed."""
        counts = Counter(result.status for result in self.files)
        return {status: counts[status] for status in STATUSES}

    @computed_field  # type: ignore[prop-decorator]
    @property
    def elements(self) -> dict[str, int]:
        """Nodes plus edges added, unchanged and removed, over all files."""
        return {
            key: sum(getattr(result, key) for result in self.files)
            for key in ("added", "unchanged", "removed")
        }

    @property
    def failed(self) -> list[FileResult]:
        """The files that could not be loaded."""
        return [result for result in self.files if result.status == "failed"]


Progress = Callable[[FileResult, int, int], None]
ReadProgress = Callable[[str, int, int], None]
Reader = Callable[[], Document]


def status_of(change: WriteResult) -> Status:
    """Return what a write did to its document: added, replaced or unchanged.

    Edge ids carry the content hash, so a new version of a file adds edges and removes the old
    version's; a file loaded again adds and removes nothing.

    >>> status_of(WriteResult(doc="h", added=0, unchanged=9, removed=0))
    'unchanged'
    >>> status_of(WriteResult(doc="h", added=9, unchanged=3, removed=7))
    'replaced'
    """
    if change.removed:
        return "replaced"
    return "added" if change.added else "unchanged"


def extracted_counts(extraction: Extraction) -> dict[str, int]:
    """Return how many facts of each kind an extraction holds.

    >>> extracted_counts(Extraction())["reported"]
    0
    """
    kinds = ("bureaus", "plans", "initiatives", "reported", "directed", "related")
    return {kind: len(getattr(extraction, kind)) for kind in kinds}


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
            the file, the files read and the files in all (``progress`` moves a group at a time).

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
    readers = [(str(path), _file_reader(path)) for path in files]
    return _Run(store, dry_run, "cli", by).load(readers, progress, on_read)


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
    readers = []
    for name, data in uploads:
        source = upload_source(name)
        readers.append((source, _bytes_reader(data, source)))
    report = _Run(store, dry_run, "api", by or "api").load(readers, None)
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


def _file_reader(path: Path) -> Reader:
    return lambda: read_document(path)


def _bytes_reader(data: bytes | Callable[[], bytes], source: str) -> Reader:
    if callable(data):
        return lambda: read_bytes(data(), source)
    return lambda: read_bytes(data, source)


class _Read(NamedTuple):
    """A file read and extracted, waiting to be written with its group."""

    source: str
    extraction: Extraction
    batch: GraphBatch


class _Run:
    """One load: files read in order, written a group at a time (see :mod:`.writing`).

    A group is written in a thread of its own while the next group is read and extracted, so
    the database works while Python extracts; the results are reported in file order.
    """

    def __init__(self, store: GraphStore, dry_run: bool, via: Via, by: str | None) -> None:
        self.store = store
        self.dry_run = dry_run
        self.planned = Planned()
        # Curators' decisions apply to every document loaded, whatever the registry files say.
        self.registry = curated_registry(store)
        self.record = None if dry_run else history.new_load(via, by)
        self.recorded = False  # whether the record was stored before the first write
        self.removed: dict[str, list[history.Fact]] = {}  # per file, noted before its write
        self.stopped: str | None = None  # why the store became unavailable

    def load(
        self,
        readers: list[tuple[str, Reader]],
        progress: Progress | None,
        on_read: ReadProgress | None = None,
    ) -> LoadReport:
        """Read the files in order; write each group in a thread while the next is read."""
        report = LoadReport(dry_run=self.dry_run, load=self.record and self.record.id)
        # Files read but not yet written; one that failed to read waits too, to keep the order.
        pending: list[FileResult | _Read] = []
        writing: Future[list[FileResult]] | None = None

        def collect() -> None:
            """Wait for the group being written and report its files."""
            nonlocal writing
            for result in writing.result() if writing else []:
                report.files.append(result)
                if progress is not None:
                    progress(result, len(report.files), len(readers))
            writing = None
            report.stopped = report.stopped or self.stopped

        try:
            with ThreadPoolExecutor(1, thread_name_prefix="minutes-kg-write") as pool:
                for done, (source, read) in enumerate(readers, start=1):
                    pending.append(self.read(source, read))
                    if on_read is not None:
                        on_read(source, done, len(readers))
                    reads = [item.batch for item in pending if isinstance(item, _Read)]
                    if not (self.dry_run or done == len(readers) or group_full(reads)):
                        continue
                    collect()
                    if report.stopped:
                        # Every later file would fail the same way: stop, say what is left to load.
                        report.files += [item for item in pending if isinstance(item, FileResult)]
                        report.not_loaded = [item.source for item in pending
                                             if isinstance(item, _Read)]  # fmt: skip
                        report.not_loaded += [source for source, _ in readers[done:]]
                        break
                    writing = pool.submit(self.finish, pending)
                    pending = []
                collect()
        finally:
            if self.record is not None and report.files:
                self.save_record(self.record, report)
        return report

    def read(self, source: str, read: Reader) -> FileResult | _Read:
        """Read and extract one file; a file that cannot be read is a failed result."""
        try:
            document = read()
            extraction = extract(document, self.registry)
            batch = to_batch(extraction, document)
        except MinutesKGError as error:
            return FileResult(file=source, status="failed", error=str(error))
        if self.record is not None:
            batch = history.stamp(batch, self.record)
        return _Read(source, extraction, batch)

    def finish(self, pending: list[FileResult | _Read]) -> list[FileResult]:
        """Write (or, in a dry run, compare) the files read; return every result in order."""
        reads = [item for item in pending if isinstance(item, _Read)]
        if self.record is None:
            changes: list[WriteResult | MinutesKGError] = [self.compare(r.batch) for r in reads]
        elif (lost := self.begin_record()) is not None:
            changes = [lost] * len(reads)
        else:
            changes = []
            for outcome in write_group(self.store, [r.batch for r in reads]):
                self.removed[outcome.batch.source] = outcome.replaced
                changes.append(outcome.settled)
        written = iter(changes)
        results = []
        for item in pending:
            if isinstance(item, FileResult):
                results.append(item)
                continue
            change = next(written)
            if isinstance(change, WriteResult):
                results.append(_result(item.source, item.extraction, item.batch, change))
            else:
                results.append(FileResult(file=item.source, status="failed", error=str(change)))
                if isinstance(change, StoreUnavailableError) and self.stopped is None:
                    self.stopped = str(change)
        return results

    def compare(self, batch: GraphBatch) -> WriteResult | MinutesKGError:
        try:
            return self.planned.apply(batch, self.store.diff(batch))
        except MinutesKGError as error:
            return error

    def begin_record(self) -> StoreUnavailableError | None:
        """Store the load's record, marked incomplete, before its first write.

        Its facts carry its id from their first write on: a load killed midway (kill -9) still
        has a record to show for them, saying it did not complete.
        """
        if self.recorded or self.record is None:
            return None
        try:
            history.save(self.store, self.record.model_copy(update={"complete": False}))
        except StoreUnavailableError as error:
            return error
        self.recorded = True
        return None

    def save_record(self, record: LoadRecord, report: LoadReport) -> None:
        try:
            history.save(self.store, _recorded(record, report, self.removed))
        except StoreUnavailableError as error:
            # The record is lost with the store, not the documents: the load says it stopped.
            report.stopped = report.stopped or str(error)


def _recorded(
    record: LoadRecord, report: LoadReport, removed: dict[str, list[history.Fact]]
) -> LoadRecord:
    """Return the load's record completed with the report's per-file results."""
    files = [
        history.FileRecord(
            file=result.file, status=result.status, doc=result.doc, added=result.added,
            removed=result.removed, error=result.error,
            removed_facts=removed.get(result.file, [])[: history.MAX_REMOVED_KEPT]
            if result.removed else [],
        )
        for result in report.files
    ]  # fmt: skip
    return record.model_copy(
        update={"documents": report.documents, "elements": report.elements, "files": files}
    )


def _result(
    source: str, extraction: Extraction, batch: GraphBatch, change: WriteResult
) -> FileResult:
    meeting = next((node for node in batch.nodes if node.label == "Meeting"), None)
    summary = meeting and MeetingSummary(
        id=meeting.id, name=meeting.name, date=meeting.props.get("date")
    )
    return FileResult(
        file=source,
        status=status_of(change),
        doc=batch.doc,
        meeting=summary,
        extracted=extracted_counts(extraction),
        added=change.added,
        unchanged=change.unchanged,
        removed=change.removed,
        warnings=[*extraction.warnings, *batch.warnings],
    )
