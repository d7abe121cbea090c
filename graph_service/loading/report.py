"""What a load reports: per file (added, replaced, unchanged, empty or failed) and in total."""

from __future__ import annotations

from collections import Counter
from typing import Literal

from pydantic import BaseModel, Field, computed_field

from graph_service.graph_models import GraphBatch, WriteResult
from loaders.models import Extraction

Status = Literal["added", "replaced", "unchanged", "empty", "failed"]
STATUSES: tuple[Status, ...] = ("added", "replaced", "unchanged", "empty", "failed")


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
        """Files per status: added, replaced, unchanged, empty, failed."""
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


def status_of(change: WriteResult) -> Status:
    """Return what a write did to its document: added, replaced, unchanged or empty.

    Edge ids carry the content hash, so a new version of a file adds edges and removes the old
    version's; a file loaded again adds and removes nothing. A document with nothing to load (no
    meeting, plan or unit found) that replaced nothing is ``empty``, on its first load as on the
    next, so that a page read for the first time is never reported as already in the graph.

    >>> status_of(WriteResult(doc="h", added=0, unchanged=9, removed=0))
    'unchanged'
    >>> status_of(WriteResult(doc="h", added=9, unchanged=3, removed=7))
    'replaced'
    >>> status_of(WriteResult(doc="h", added=0, unchanged=0, removed=0))
    'empty'
    """
    if change.removed:
        return "replaced"
    if change.added:
        return "added"
    return "unchanged" if change.unchanged else "empty"


def extracted_counts(extraction: Extraction) -> dict[str, int]:
    """Return how many facts of each kind an extraction holds.

    >>> extracted_counts(Extraction())["reported"]
    0
    """
    kinds = ("bureaus", "plans", "initiatives", "reported", "directed", "related")
    return {kind: len(getattr(extraction, kind)) for kind in kinds}


def failed(source: str, error: str) -> FileResult:
    """Return the result of a file that could not be loaded, and why.

    >>> failed("a.txt", "a.txt: cannot read").status
    'failed'
    """
    return FileResult(file=source, status="failed", error=error)


def written(
    source: str, extraction: Extraction, batch: GraphBatch, change: WriteResult
) -> FileResult:
    """Return the result of a file written (or compared, in a dry run) with ``change``.

    >>> written("a.txt", Extraction(), GraphBatch(doc="h", source="a.txt"),
    ...         WriteResult(doc="h", added=2, unchanged=0, removed=0)).status
    'added'
    """
    meeting = next((node for node in batch.nodes if node.label == "Meeting"), None)
    summary = meeting and MeetingSummary(
        id=meeting.id, name=meeting.name, date=meeting.known.get("date")
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
