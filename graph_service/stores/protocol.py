"""The ``GraphStore`` interface: what every store offers, and ``GraphReader``, its read-only part.

Questions, exports and pages only read: they take a :class:`GraphReader`, which a store is, and
so is anything that answers named reads (the answer cache's
:class:`~graph_service.api.cache.VersionFirst`). Two implementations live in :mod:`graph_service.stores`: embedded FalkorDB
(:class:`~graph_service.stores.falkor.FalkorStore`) and Neo4j
(:class:`~graph_service.stores.neo4j.Neo4jStore`). Both run the same named Cypher from ``cypher/``.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol, runtime_checkable

from graph_service.graph_models import (
    BatchDiff,
    GraphBatch,
    GraphStats,
    Node,
    ReadResult,
    WriteResult,
)
from graph_service.stores.records import Params, Records

GRACE_S = 1.0
"""How long after its time limit an analyst query may still hold the store (see ``run_read``)."""


@runtime_checkable
class GraphReader(Protocol):
    """The service's named reads: all that a question, an export or a page asks of a store."""

    dialect: str
    """Which variant of a named Cypher file the store runs (``falkordb`` or ``neo4j``)."""

    def read_named(self, name: str, params: Params | None = None) -> Records:
        """Run one of the service's own read queries (``cypher/<name>.cypher``); rows by name.

        Unlike :meth:`GraphStore.run_read`, which guards analyst queries, it trusts the query: no plan check
        and no connection of its own, so a named question costs one round trip. Its rows are
        read by the column names of the query's ``RETURN``.
        """
        ...

    def read_many(self, asks: list[tuple[str, Params]]) -> list[Records]:
        """Run several of the service's read queries, in the order given; the rows of each.

        Embedded FalkorDB sends them together, so an answer needing several independent
        queries costs one round trip; Neo4j runs them one after the other.
        """
        ...


@runtime_checkable
class GraphStore(GraphReader, Protocol):
    """What every graph store offers; one contract test suite runs on all of them."""

    def write(self, batch: GraphBatch) -> WriteResult:
        """Write one document's batch in one transaction, replacing what its source had."""
        ...

    def write_together(self, batches: list[GraphBatch]) -> dict[str, int]:
        """Add the nodes and edges of several documents in one transaction, all or nothing.

        Unlike :meth:`write` it removes nothing: it is for documents whose sources hold no edge
        that the new batches lack (new files, or files loaded again unchanged). Returns the
        change counters, summed: ``nodes_created``, ``relationships_created`` and so on.
        """
        ...

    def diff(self, batch: GraphBatch) -> BatchDiff:
        """Return what ``write(batch)`` would add and remove, without writing anything."""
        ...

    def stats(self) -> GraphStats:
        """Return node counts per label and edge counts per type."""
        ...

    def graph_version(self) -> str:
        """Return the graph's version: every write (by any process) gives the graph a new one."""
        ...

    def node(self, node_id: str) -> Node | None:
        """Return the node with ``node_id``, or ``None``."""
        ...

    def run_read(
        self, query: str, params: Params | None = None, *, timeout_s: float, max_rows: int
    ) -> ReadResult:
        """Run a read-only query with a time limit and a row cap.

        The query is stopped in the store, not only waited for: the call returns, and the store
        has let go of the query, at most :data:`GRACE_S` after ``timeout_s`` (or as soon as the
        database can stop it, where it cannot be stopped sooner: see each store).
        """
        ...

    def write_named(self, name: str, params: Params) -> None:
        """Run one of the service's own write queries (from ``cypher/``) in one transaction.

        Curators' decisions and load records are written this way; graph facts only by
        :meth:`write`.
        """
        ...

    def bulk_writes(self) -> AbstractContextManager[None]:
        """Return a context in which many writes pay for durability once, at its end.

        A bulk load (``minutes-kg load``) writes inside it; once it is left, everything written
        is on disk, as after any acknowledged write. A store whose every transaction costs one
        sync anyway (Neo4j) does nothing.
        """
        ...

    def wipe(self) -> None:
        """Delete every node and edge, keeping the schema: a fresh graph for a test or a benchmark."""
        ...

    def close(self) -> None:
        """Release the connection (and, for embedded stores, stop the database process)."""
        ...
