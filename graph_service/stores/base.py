"""What both stores do the same way, above their drivers: writes, diffs, stats, nodes, values.

A store subclasses :class:`StoreBase` and supplies its driver calls: :meth:`StoreBase._write`
(steps in one transaction, returning :data:`COUNTERS`), :meth:`StoreBase._diff_reads`,
``read_named`` and the few below; everything else of the :class:`~graph_service.stores.protocol.GraphStore`
protocol that is not about its driver is here, once.
"""

from __future__ import annotations

import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from graph_service.errors import GraphStoreError
from graph_service.graph_models import BatchDiff, GraphBatch, GraphStats, Node, WriteResult
from graph_service.stores._reads import counts, diff_params, to_diff
from graph_service.stores._rows import Step, merge_steps, write_result, write_steps
from graph_service.stores.records import Params, Records

VERSION_STEP = "bump_version"
"""The write step that gives the graph a new version; every write ends with it."""


WIPE_BATCH = 1_000
"""Nodes deleted per transaction when a store is wiped: with their edges and the sentences
those carry, 10,000 outgrew the 512 MiB transaction limit of the test Neo4j on a 10k graph."""
INDEX_WAIT_S = 300.0
"""Longest wait, when a store opens, for its indexes: a FalkorDB server builds them again from the
graph on disk when it starts, and Neo4j populates a new index in the background."""
INDEX_READY = "OPERATIONAL"
"""The ``status`` (``index_status.cypher``) of an index that answers queries."""
INDEX_FAILED = "FAILED"
"""The ``status`` of an index that Neo4j gave up building: waiting longer does not help."""
COUNTERS = ("nodes_created", "relationships_created", "nodes_deleted", "relationships_deleted")
"""The change counters a write reports, named as both drivers name them."""


def counters_of(summary: object) -> dict[str, int]:
    """Return the :data:`COUNTERS` of a driver's write summary (attributes of those names).

    >>> from types import SimpleNamespace
    >>> counters_of(SimpleNamespace(nodes_created=2, relationships_created=1, nodes_deleted=0,
    ...                             relationships_deleted=0))["nodes_created"]
    2
    """
    return {key: int(getattr(summary, key)) for key in COUNTERS}


_PLAIN = frozenset((str, int, float, bool))


def converted(value: Any, graph_value: Callable[[Any], Any | None]) -> Any:
    """Return a driver value with every node, edge and path in it as a graph model.

    ``graph_value`` converts the driver's own graph types and returns ``None`` for anything
    else; lists and maps are walked here.

    >>> converted({"a": [1, ("node",)]}, lambda v: "N" if v == ("node",) else None)
    {'a': [1, 'N']}
    >>> converted("node", lambda v: "N")  # plain values are never a driver type
    'node'
    """
    if value is None or type(value) in _PLAIN:
        return value  # most values of an answer: no driver type to look for
    found = graph_value(value)
    if found is not None:
        return found
    if isinstance(value, list):
        return [converted(item, graph_value) for item in value]
    if isinstance(value, dict):
        return {key: converted(item, graph_value) for key, item in value.items()}
    return value


def indexes_ready(statuses: list[str], where: str) -> bool:
    """Return whether every index answers queries, from the ``status`` of each.

    Args:
        statuses: the ``status`` column of ``index_status.cypher``, one row per index.
        where: the store, for the error.

    Raises:
        GraphStoreError: an index failed to build.

    >>> indexes_ready(["OPERATIONAL", "OPERATIONAL"], "db")
    True
    >>> indexes_ready(["OPERATIONAL", "UNDER CONSTRUCTION"], "db")
    False
    """
    if INDEX_FAILED in statuses:
        raise GraphStoreError(
            f"{where}: an index of the graph failed to build, and searches through it would be "
            "wrong. SHOW INDEXES YIELD name, state, failureMessage names it and says why; drop "
            "it (DROP INDEX name) and open the store again, which builds it anew"
        )
    return all(status == INDEX_READY for status in statuses)


def versioned(steps: list[Step]) -> list[Step]:
    """Return write ``steps`` followed by the step that gives the graph a new version.

    Every write of a store (a batch, a group of batches, a named write, a wipe) goes through
    this and runs the step in the same transaction, so that the version read by
    :meth:`StoreBase.graph_version` changes with the graph, whichever process wrote.

    >>> [name for name, _ in versioned([("merge_bureaus", {"bureaus": []})])]
    ['merge_bureaus', 'bump_version']
    """
    return [*steps, (VERSION_STEP, {"graph_version": uuid.uuid4().hex})]


def version_of(rows: Records) -> str:
    """Return the version in the rows of ``graph_version``, ``""`` for a graph never written.

    >>> version_of(Records.of(["version"], [["a1"]])), version_of(Records.of(["version"], []))
    ('a1', '')
    """
    row = rows.first()
    return str(row["version"]) if row else ""


class StoreBase(ABC):
    """The store operations written once, on top of a store's three driver calls."""

    @abstractmethod
    def _write(self, steps: list[Step], sources: str) -> dict[str, int]:
        """Run write ``steps`` in one transaction; return its :data:`COUNTERS`."""

    @abstractmethod
    def _diff_reads(self, source: str, params: Params) -> list[Records]:
        """Return the rows of each of :data:`DIFF_QUERIES`, read without writing."""

    @abstractmethod
    def _wipe_some(self, batch: int) -> int:
        """Delete up to ``batch`` nodes with their edges in one transaction; return how many."""

    @abstractmethod
    def _new_version(self) -> None:
        """Give the graph a new version after a write outside the write steps (a wipe)."""

    @abstractmethod
    def read_named(self, name: str, params: Params | None = None) -> Records:
        """Run a named read query; rows with graph models."""

    @abstractmethod
    def _index_statuses(self) -> list[str]:
        """Return the ``status`` of every index (``index_status.cypher``), as the store opens."""

    def _wait_for_indexes(self, where: str, timeout_s: float = INDEX_WAIT_S) -> None:
        """Return once every index answers queries, or after ``timeout_s``.

        Until then a search through an index being built finds nothing (about a second at 1,000
        meetings, for a FalkorDB server loading a graph from disk): an answer would be wrong, and
        the answer cache would keep it.

        Raises:
            GraphStoreError: an index failed to build (``where`` names the store).
        """
        deadline = time.monotonic() + timeout_s
        while not indexes_ready(self._index_statuses(), where) and time.monotonic() < deadline:
            time.sleep(0.1)

    def read_many(self, asks: list[tuple[str, Params]]) -> list[Records]:
        """Run named read queries in order; the rows of each. A store that can send them
        together overrides this."""
        return [self.read_named(name, params) for name, params in asks]

    def write(self, batch: GraphBatch) -> WriteResult:
        """Write one document's batch in one transaction, replacing what its source had."""
        return write_result(batch, self._write(versioned(write_steps(batch)), batch.source))

    def write_together(self, batches: list[GraphBatch]) -> dict[str, int]:
        """Add several documents' nodes and edges in one transaction."""
        sources = ", ".join(batch.source for batch in batches)
        return self._write(versioned(merge_steps(batches)), sources)

    def diff(self, batch: GraphBatch) -> BatchDiff:
        """Return what :meth:`write` would add and remove, found by reading only."""
        found = self._diff_reads(batch.source, diff_params(batch))
        return to_diff(batch, *(records.column("id") for records in found))

    def stats(self) -> GraphStats:
        """Return node counts per label and edge counts per type."""
        nodes = self.read_named("stats_nodes")
        edges = self.read_named("stats_edges")
        return GraphStats(nodes=counts(nodes, "label"), edges=counts(edges, "type"))

    def graph_version(self) -> str:
        """Return the graph's version: a new one after every write, by any process."""
        return version_of(self.read_named("graph_version"))

    def wipe(self) -> None:
        """Delete every node and edge, keeping the schema: a batch of nodes per transaction, then
        a new version."""
        while self._wipe_some(WIPE_BATCH):
            pass
        self._new_version()

    def bulk_writes(self) -> AbstractContextManager[None]:
        """A context for many writes: nothing to change where each transaction is synced."""
        return nullcontext()

    def node(self, node_id: str) -> Node | None:
        """Return the node with ``node_id``, or ``None``."""
        row = self.read_named("q_node", {"ids": [node_id], "as_of": None}).first()
        return row["n"] if row else None


__all__ = [
    "COUNTERS",
    "WIPE_BATCH",
    "StoreBase",
    "converted",
    "counters_of",
    "version_of",
    "versioned",
]
