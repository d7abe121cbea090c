"""Change history: every load is recorded (who, when, which files, what it added and removed).

A record is stored in the graph's database as a ``Load`` node holding the record as JSON; it is
not a graph fact, so questions, statistics and exports leave it out. Edges keep the id of the load
that first wrote them (``load``) and its time (``loaded_at``), so a load's diff lists the facts it
added that are still in the graph, and the facts it removed (noted before they went).
"""

from __future__ import annotations

import getpass
import secrets
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, Field

from graph_service.graph_models import GraphBatch
from graph_service.stores.protocol import GraphStore
from graph_service.stores.records import Row

Via = Literal["cli", "api", "review"]
MAX_REMOVED_KEPT = 200
"""Most removed facts a load record keeps per file (the counts stay exact)."""


class Fact(BaseModel):
    """One fact a load added or removed, named by its ends."""

    id: str
    type: str
    source: str = Field(description="name of the start node")
    target: str = Field(description="name of the end node")
    evidence: str | None = None
    date: str | None = Field(None, description="meeting date")


class FileRecord(BaseModel):
    """What a load did to one file."""

    file: str
    status: str
    doc: str | None = None
    added: int = 0
    removed: int = 0
    error: str | None = None
    removed_facts: list[Fact] = Field(default_factory=list)


class LoadRecord(BaseModel):
    """One load: who ran it, when, through what, and what each file did."""

    id: str
    at: str = Field(description="when it started (UTC, ISO 8601)")
    by: str = Field(description="who ran it")
    via: Via
    complete: bool = Field(
        True,
        description="false while the load runs, and for good if it was interrupted (its facts "
        "still name it; load the same files again to finish)",
    )
    documents: dict[str, int] = Field(default_factory=dict, description="files per status")
    elements: dict[str, int] = Field(default_factory=dict, description="nodes plus edges")
    files: list[FileRecord] = Field(default_factory=list)


class LoadDiff(BaseModel):
    """What one load changed: facts added (still in the graph) and facts removed."""

    load: LoadRecord
    added: list[Fact] = Field(default_factory=list)
    removed: list[Fact] = Field(default_factory=list)
    truncated: bool = Field(False, description="more added facts exist than the limit shows")


class Freshness(BaseModel):
    """How fresh the graph is."""

    newest_meeting: str | None = None
    last_load: str | None = None
    last_by: str | None = None


def new_load(via: Via, by: str | None = None) -> LoadRecord:
    """Return the record of a load starting now, with a fresh id.

    >>> record = new_load("cli", by="analyst")
    >>> record.id.startswith("load:"), record.by
    (True, 'analyst')
    """
    now = datetime.now(UTC)
    load_id = f"load:{now:%Y%m%dT%H%M%S%f}:{secrets.token_hex(3)}"
    return LoadRecord(id=load_id, at=now.isoformat(), by=by or _user(), via=via)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a container without /etc/passwd entry
        return "unknown"


def stamp(batch: GraphBatch, record: LoadRecord) -> GraphBatch:
    """Return ``batch`` marked as written by the load ``record``."""
    return batch.model_copy(update={"load": record.id, "loaded_at": record.at})


def replaced_facts(store: GraphStore, batches: list[GraphBatch]) -> dict[str, list[Fact]]:
    """Return, per file, the facts an earlier version holds that writing its batch removes.

    One read for all ``batches``: the edges of each batch's file that the batch lacks.
    """
    files = [{"file": b.source, "edge_ids": [e.id for e in b.edges]} for b in batches]
    replaced: dict[str, list[Fact]] = {}
    for row in store.read_named("q_replaced_facts", {"files": files}):
        replaced.setdefault(row["file"], []).append(_fact(row))
    return replaced


def gone(old: GraphBatch, new: GraphBatch) -> list[Fact]:
    """Return the facts of ``old`` that ``new`` no longer has, named by their ends.

    >>> from graph_service.graph_models import Edge, Node
    >>> nodes = [Node(id="m", label="Meeting", name="会议"), Node(id="b", label="Bureau", name="区体育局")]
    >>> old = GraphBatch(doc="h", source="a", nodes=nodes,
    ...                  edges=[Edge(id="e1", type="DIRECTED", source="m", target="b")])
    >>> [fact.target for fact in gone(old, GraphBatch(doc="h", source="a"))]
    ['区体育局']
    """
    names = {node.id: node.name for node in old.nodes}
    kept = {edge.id for edge in new.edges}
    return [Fact(id=e.id, type=e.type, source=names.get(e.source, e.source),
                 target=names.get(e.target, e.target), evidence=e.known.get("evidence"),
                 date=e.known.get("date")) for e in old.edges if e.id not in kept]  # fmt: skip


def _fact(row: Row) -> Fact:
    return Fact(id=row["id"], type=row["type"], source=row["source"] or "",
                target=row["target"] or "", evidence=row["evidence"], date=row["date"])  # fmt: skip


def save(store: GraphStore, record: LoadRecord) -> None:
    """Store ``record`` (again, when a load adds to it)."""
    params = {"id": record.id, "at": record.at, "by": record.by, "via": record.via,
              "record": record.model_dump_json()}  # fmt: skip
    store.write_named("record_load", params)


def loads(store: GraphStore, limit: int = 50, skip: int = 0) -> list[LoadRecord]:
    """Return load records, newest first, without their per-file lists."""
    rows = store.read_named("q_loads", {"limit": limit, "skip": skip})
    return [LoadRecord.model_validate_json(record).model_copy(update={"files": []})
            for record in rows.column("record")]  # fmt: skip


def load(store: GraphStore, load_id: str) -> LoadRecord | None:
    """Return one load record with its files, or ``None``."""
    row = store.read_named("q_load", {"id": load_id}).first()
    return LoadRecord.model_validate_json(row["record"]) if row else None


def diff(store: GraphStore, load_id: str, limit: int = 1000) -> LoadDiff | None:
    """Return what a load changed, or ``None`` for an unknown load."""
    record = load(store, load_id)
    if record is None:
        return None
    rows = store.read_named("q_load_added", {"load": load_id})
    added = sorted((_fact(row) for row in rows), key=lambda fact: (fact.date or "", fact.id))
    removed = [fact for file in record.files for fact in file.removed_facts]
    return LoadDiff(load=record, added=added[:limit], removed=removed,
                    truncated=len(added) > limit)  # fmt: skip


def freshness(store: GraphStore) -> Freshness:
    """Return the newest meeting date and the last load's time and author."""
    row = store.read_named("q_freshness").first()
    if row is None:
        return Freshness(newest_meeting=None, last_load=None, last_by=None)
    return Freshness(newest_meeting=row["newest_meeting"], last_load=row["last_load"],
                     last_by=row["last_by"])  # fmt: skip
