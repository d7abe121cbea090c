"""Writing documents a group at a time: many documents per transaction, each still whole.

A load hands its documents to :func:`write_group` in groups (:data:`GROUP_DOCUMENTS`,
:data:`GROUP_ELEMENTS`). One read finds, for the whole group, which of its nodes and edges the
graph holds already and which edges of each file a new version replaces. Documents that replace
nothing (new files, files loaded again unchanged) are then added in one transaction per run of
them; a document that replaces an earlier version of its file is written on its own, in its
place in the order, by :meth:`~graph_service.stores.protocol.GraphStore.write`, which removes what that
version had.

A group's transaction is all or nothing. When it fails, its documents are written again one at a
time, so a document the store refuses fails alone, named, and the others are written. A group
write is one commit (one disk sync) where one document per transaction needs one per document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from graph_service.errors import GraphStoreError, StoreUnavailableError
from graph_service.graph_models import GraphBatch, WriteResult
from graph_service.loading import history
from graph_service.stores.protocol import GraphStore

GROUP_DOCUMENTS = 256
"""Most documents written in one transaction."""
GROUP_ELEMENTS = 12_000
"""Nodes plus edges after which a group is written, however few its documents."""


@dataclass
class Outcome:
    """What writing one document of a group did: its result, or the error that stopped it."""

    batch: GraphBatch
    result: WriteResult | None = None
    error: GraphStoreError | None = None
    replaced: list[history.Fact] = field(default_factory=list)
    """The facts of the file's earlier version that the write removed."""

    @property
    def settled(self) -> WriteResult | GraphStoreError:
        """The write's result, or the error that stopped it (an outcome holds one of them)."""
        if self.result is not None:
            return self.result
        assert self.error is not None, "an outcome holds a result or an error"
        return self.error


def group_full(batches: list[GraphBatch]) -> bool:
    """Return whether ``batches`` make a group big enough to be written now.

    >>> group_full([GraphBatch(doc="h", source="a")])
    False
    """
    elements = sum(len(batch.nodes) + len(batch.edges) for batch in batches)
    return len(batches) >= GROUP_DOCUMENTS or elements >= GROUP_ELEMENTS


def groups(batches: Iterable[GraphBatch]) -> Iterator[list[GraphBatch]]:
    """Yield ``batches`` in order, a group at a time (see :func:`group_full`).

    >>> [len(group) for group in groups(GraphBatch(doc=str(k), source="a") for k in range(300))]
    [256, 44]
    """
    group: list[GraphBatch] = []
    for batch in batches:
        group.append(batch)
        if group_full(group):
            yield group
            group = []
    if group:
        yield group


def write_group(store: GraphStore, batches: list[GraphBatch]) -> list[Outcome]:
    """Write ``batches``, one outcome per batch in the same order; never raises for a document.

    Args:
        store: the graph store.
        batches: documents, each to be written whole or not at all.

    Returns:
        The outcomes. When the store becomes unavailable, the documents not written by then carry
        the :class:`~graph_service.errors.StoreUnavailableError`; the ones written keep their
        result, so running the same load again finishes the job.
    """
    outcomes = [Outcome(batch) for batch in batches]
    try:
        existing, replaced = _state(store, batches)
    except GraphStoreError as error:
        for outcome in outcomes:
            outcome.error = error
        return outcomes
    writer = _Writer(store, existing)
    run: list[Outcome] = []  # documents in a row that replace nothing: one transaction
    sources: set[str] = set()
    for outcome in outcomes:
        outcome.replaced = replaced.get(outcome.batch.source, [])
        # A second version of a file in the same group replaces the first: written after it.
        if not outcome.replaced and outcome.batch.source not in sources:
            run.append(outcome)
        else:
            writer.together(run)
            run = []
            writer.alone(outcome)
        sources.add(outcome.batch.source)
    writer.together(run)
    return outcomes


class _Writer:
    """Writes outcomes in order, crediting each document with what it added."""

    def __init__(self, store: GraphStore, existing: set[str]) -> None:
        self.store = store
        self.seen = set(existing)  # ids in the graph, as the documents are written
        self.lost: StoreUnavailableError | None = None

    def together(self, outcomes: list[Outcome]) -> None:
        """Write ``outcomes`` in one transaction, or one at a time if that fails."""
        if not outcomes or self.gave_up(outcomes):
            return
        try:
            self.store.write_together([outcome.batch for outcome in outcomes])
        except StoreUnavailableError as error:
            self.lost = error
            self.gave_up(outcomes)
            return
        except GraphStoreError:
            for outcome in outcomes:
                self.alone(outcome)
            return
        for outcome in outcomes:
            # As writing them one after another would count: what neither the graph nor an
            # earlier document had.
            ids = _ids(outcome.batch)
            added = len(set(ids) - self.seen)
            self.seen.update(ids)
            outcome.result = WriteResult(doc=outcome.batch.doc, added=added,
                                         unchanged=len(ids) - added)  # fmt: skip

    def alone(self, outcome: Outcome) -> None:
        """Write one document on its own, replacing its file's earlier version."""
        if self.gave_up([outcome]):
            return
        try:
            outcome.result = self.store.write(outcome.batch)
        except StoreUnavailableError as error:
            self.lost = outcome.error = error
        except GraphStoreError as error:
            outcome.error = error
        else:
            self.seen.update(_ids(outcome.batch))

    def gave_up(self, outcomes: list[Outcome]) -> bool:
        """Mark ``outcomes`` not written once the store is gone; return whether it is."""
        for outcome in outcomes if self.lost else []:
            outcome.error = self.lost
        return self.lost is not None


def _ids(batch: GraphBatch) -> list[str]:
    return [node.id for node in batch.nodes] + [edge.id for edge in batch.edges]


def _state(
    store: GraphStore, batches: list[GraphBatch]
) -> tuple[set[str], dict[str, list[history.Fact]]]:
    """Return the ids of the group's nodes and edges already in the graph, and replaced facts.

    One read for the whole group finds its nodes; edges are looked up only where they can be in
    the graph (:func:`maybe_held`), so a group of new files costs no edge lookup at all.
    """
    node_ids = list(dict.fromkeys(node.id for batch in batches for node in batch.nodes))
    nodes = store.read_named("diff_nodes", {"nodes": node_ids})
    existing = set(nodes.column("id"))
    listed = {doc for docs in nodes.column("docs") for doc in docs or []}
    files = list(dict.fromkeys(batch.source for batch in batches))
    held = set(store.read_named("diff_files", {"files": files}).column("file"))
    edges = maybe_held(batches, existing, listed, held)
    if edges:
        existing |= set(store.read_named("diff_edges", {"edges": edges}).column("id"))
    # Only a file the graph holds has facts to replace.
    replacing = [batch for batch in batches if batch.source in held]
    return existing, history.replaced_facts(store, replacing) if replacing else {}


def maybe_held(
    batches: list[GraphBatch], existing: set[str], listed: set[str], files: set[str]
) -> list[dict[str, str]]:
    """Return the edges of ``batches`` that may be in the graph, as ``diff_edges`` rows.

    An edge's id carries its document's hash, so it can be in the graph only if its document
    was written before (under this file name or another): then the graph holds the file, or the
    document's meeting lists the document. And an edge is there only if both its ends are.

    >>> from graph_service.graph_models import Edge, Node
    >>> nodes = [Node(id="m", label="Meeting", name="m"), Node(id="b", label="Bureau", name="b")]
    >>> batch = GraphBatch(doc="h", source="a", nodes=nodes,
    ...                    edges=[Edge(id="e", type="DIRECTED", source="m", target="b")])
    >>> maybe_held([batch], {"m", "b"}, set(), set())
    []
    >>> maybe_held([batch], {"m", "b"}, {"h"}, set())
    [{'id': 'e', 'source': 'm', 'label': 'Meeting'}]
    """
    rows: dict[str, dict[str, str]] = {}
    for batch in batches:
        labels = {node.id: node.label for node in batch.nodes}
        meetings = [node for node in batch.nodes if node.label == "Meeting"]
        if not (batch.source in files or batch.doc in listed or not meetings):
            continue
        for edge in batch.edges:
            if edge.source in existing and edge.target in existing:
                rows[edge.id] = {"id": edge.id, "source": edge.source,
                                 "label": labels.get(edge.source, "")}  # fmt: skip
    return list(rows.values())
