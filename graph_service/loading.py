"""Loading minutes into a graph store: read, extract, batch and write, one document at a time.

Each document is written in its own transaction, so a file that fails leaves the graph as it was
and the other files still load. Loading is idempotent per file: the same file twice changes
nothing, and a changed version of a file replaces that file's facts (see :mod:`loaders.batch`).
A dry run asks the store what each write would change and writes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, computed_field

from graph_service import history
from graph_service.curation import curated_registry
from graph_service.graph_models import GraphBatch, WriteResult
from graph_service.history import LoadRecord, Via
from graph_service.load_plan import Planned
from graph_service.store import GraphStore, StoreUnavailableError
from loaders.batch import to_batch
from loaders.errors import MinutesKGError
from loaders.extract import extract
from loaders.models import Document, Extraction
from loaders.pipeline import iter_documents
from loaders.readers import read_bytes, read_document

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

    @computed_field
    @property
    def documents(self) -> dict[str, int]:
        """Files per status: added, replaced, unchanged, failed."""
        counts = Counter(result.status for result in self.files)
        return {status: counts[status] for status in STATUSES}

    @computed_field
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
) -> LoadReport:
    """Load minutes files, and the minutes files inside folders, one transaction per document.

    Args:
        store: the graph store to write to.
        paths: files and folders; a file named explicitly is always tried.
        dry_run: compute what would change without writing.
        progress: called after each file with its result, the files done and the files in all.
        by: who runs the load, for its record (the user name by default).

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
    files = [path.resolve() for path in iter_documents([Path(p) for p in paths])]
    readers = [(str(path), _file_reader(path)) for path in files]
    return _Run(store, dry_run, "cli", by).load(readers, progress)


def load_uploads(
    store: GraphStore,
    uploads: Iterable[tuple[str, bytes]],
    *,
    dry_run: bool = False,
    by: str | None = None,
) -> LoadReport:
    """Load uploaded files, each recorded as ``upload/<file name>``.

    Args:
        store: the graph store to write to.
        uploads: ``(file name, content)`` pairs.
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


def _file_reader(path: Path) -> Reader:
    return lambda: read_document(path)


def _bytes_reader(data: bytes, source: str) -> Reader:
    return lambda: read_bytes(data, source)


class _Run:
    """One load: files in order, each on its own; a dry run keeps track of what it would do."""

    def __init__(self, store: GraphStore, dry_run: bool, via: Via, by: str | None) -> None:
        self.store = store
        self.dry_run = dry_run
        self.planned = Planned()
        self.stopped = False
        # Curators' decisions apply to every document loaded, whatever the registry files say.
        self.registry = curated_registry(store)
        self.record = None if dry_run else history.new_load(via, by)
        self.removed: dict[str, list[history.Fact]] = {}  # per file, noted before its write

    def load(self, readers: list[tuple[str, Reader]], progress: Progress | None) -> LoadReport:
        report = LoadReport(dry_run=self.dry_run, load=self.record and self.record.id)
        try:
            for done, (source, read) in enumerate(readers, start=1):
                result = self.load_one(source, read)
                report.files.append(result)
                if progress is not None:
                    progress(result, done, len(readers))
                if self.stopped:
                    # Every later file would fail the same way: stop, and say what is left to load.
                    report.stopped = result.error
                    report.not_loaded = [source for source, _ in readers[done:]]
                    break
        finally:
            if self.record is not None and report.files:
                self.save_record(self.record, report)
        return report

    def load_one(self, source: str, read: Reader) -> FileResult:
        try:
            document = read()
            extraction = extract(document, self.registry)
            batch = to_batch(extraction, document)
            change = self.write(batch)
        except MinutesKGError as error:
            self.stopped = isinstance(error, StoreUnavailableError)
            return FileResult(file=source, status="failed", error=str(error))
        return _result(source, extraction, batch, change)

    def save_record(self, record: LoadRecord, report: LoadReport) -> None:
        try:
            history.save(self.store, _recorded(record, report, self.removed))
        except StoreUnavailableError:
            if not report.stopped:  # else the record is lost with the store, not the documents
                raise

    def write(self, batch: GraphBatch) -> WriteResult:
        if self.record is None:
            return self.planned.apply(batch, self.store.diff(batch))
        self.removed[batch.source] = history.stale_facts(self.store, batch)
        return self.store.write(history.stamp(batch, self.record))


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
