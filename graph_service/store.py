"""The ``GraphStore`` interface, its errors, and the loader of named Cypher files.

Two implementations live in :mod:`graph_service.stores`: embedded FalkorDB
(:class:`~graph_service.stores.falkor.FalkorStore`) and Neo4j
(:class:`~graph_service.stores.neo4j.Neo4jStore`). Both run the same named Cypher from ``cypher/``.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from graph_service.graph_models import (
    BatchDiff,
    GraphBatch,
    GraphStats,
    Node,
    ReadResult,
    WriteResult,
)
from loaders.errors import MinutesKGError


def _cypher_dir() -> Path:
    """``cypher/`` beside the package in a checkout; ``share/minutes-kg/cypher`` when installed."""
    checkout = Path(__file__).resolve().parent.parent / "cypher"
    return checkout if checkout.is_dir() else Path(sys.prefix) / "share" / "minutes-kg" / "cypher"


CYPHER_DIR = _cypher_dir()
_NAME = re.compile(r"[a-z][a-z0-9_]*")


class GraphStoreError(MinutesKGError):
    """A store could not be opened, written or read."""


class StoreUnavailableError(GraphStoreError):
    """The store itself is down or unreachable, so every further operation would fail as well.

    Unlike :class:`WriteFailedError`, which is about one document, it stops a load: the files
    after it are not tried, and running the same load again, once the store is back, finishes it.
    """


class WriteFailedError(GraphStoreError):
    """Writing a document failed; the graph was left as it was before the write."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: not written, graph unchanged: {reason}")
        self.source = source
        self.reason = reason


class UnknownQueryError(GraphStoreError):
    """A named Cypher operation has no file in ``cypher/``."""


@runtime_checkable
class GraphStore(Protocol):
    """What every graph store offers; one contract test suite runs on all of them."""

    dialect: str
    """Which variant of a named Cypher file the store runs (``falkordb`` or ``neo4j``)."""

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

    def node(self, node_id: str) -> Node | None:
        """Return the node with ``node_id``, or ``None``."""
        ...

    def run_read(
        self, query: str, params: dict[str, Any] | None = None, *, timeout_s: float, max_rows: int
    ) -> ReadResult:
        """Run a read-only query with a time limit and a row cap."""
        ...

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[list[Any]]:
        """Run one of the service's own read queries (from ``cypher/``) and return its rows.

        Unlike :meth:`run_read`, which guards analyst queries, it trusts the query: no plan check
        and no connection of its own, so a named question costs one round trip.
        """
        ...

    def write_named(self, name: str, params: dict[str, Any]) -> None:
        """Run one of the service's own write queries (from ``cypher/``) in one transaction.

        Curators' decisions and load records are written this way; graph facts only by
        :meth:`write`.
        """
        ...

    def close(self) -> None:
        """Release the connection (and, for embedded stores, stop the database process)."""
        ...


def cypher_path(name: str, dialect: str | None = None) -> Path:
    """Return the file holding the named Cypher operation, preferring the dialect's variant.

    Args:
        name: the operation, e.g. ``merge_bureaus``; the file is ``cypher/<name>.cypher``.
        dialect: ``falkordb`` or ``neo4j``; ``cypher/<name>.<dialect>.cypher`` wins if present.

    Returns:
        The path of the file.

    Raises:
        UnknownQueryError: the name is malformed or no file exists for it.

    >>> cypher_path("stats_nodes").name
    'stats_nodes.cypher'
    """
    if not _NAME.fullmatch(name):
        raise UnknownQueryError(f"{name!r}: not a Cypher operation name (use lower_snake_case)")
    candidates = [CYPHER_DIR / f"{name}.{dialect}.cypher"] if dialect else []
    candidates.append(CYPHER_DIR / f"{name}.cypher")
    for path in candidates:
        if path.is_file():
            return path
    raise UnknownQueryError(f"{CYPHER_DIR / (name + '.cypher')}: no such Cypher operation")


@functools.cache
def cypher(name: str, dialect: str | None = None) -> str:
    """Return the text of a named Cypher operation, without comment lines.

    Args:
        name: the operation name.
        dialect: the store's dialect, for a store-specific variant.

    Returns:
        The query text.

    Raises:
        UnknownQueryError: no file exists for the name.

    >>> cypher("stats_edges").splitlines()[0]
    'MATCH ()-[e]->()'
    """
    text = cypher_path(name, dialect).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    return "\n".join(lines).strip()


def statements(name: str, dialect: str | None = None) -> list[str]:
    """Return the ``;``-separated statements of a Cypher file such as ``schema``.

    Args:
        name: the operation name.
        dialect: the store's dialect.

    Returns:
        The statements, in file order.

    >>> statements("schema")[0].startswith("CREATE CONSTRAINT")
    True
    """
    return [part.strip() for part in cypher(name, dialect).split(";") if part.strip()]
