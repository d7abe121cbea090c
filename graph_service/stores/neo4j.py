"""Neo4j 5 through the official driver, with managed transactions.

Writes run every step of a document in one ``execute_write`` (retried by the driver on transient
errors such as lock conflicts); reads use ``execute_read``, so the server runs them in READ access
mode and refuses writes.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from neo4j import GraphDatabase, ManagedTransaction, unit_of_work
from neo4j.exceptions import DriverError, Neo4jError
from neo4j.graph import Node as DriverNode
from neo4j.graph import Path as DriverPath
from neo4j.graph import Relationship

from graph_service.graph_models import (
    GraphBatch,
    GraphStats,
    Node,
    ReadResult,
    Subgraph,
    WriteResult,
)
from graph_service.store import GraphStoreError, WriteFailedError, cypher, statements
from graph_service.stores._rows import Step, to_edge, to_node, write_result, write_steps

DIALECT = "neo4j"
COUNTERS = ("nodes_created", "relationships_created", "nodes_deleted", "relationships_deleted")


class Neo4jStore:
    """A :class:`~graph_service.store.GraphStore` on a Neo4j 5 server.

    Args:
        uri: the server, e.g. ``bolt://127.0.0.1:7687`` or ``neo4j+s://…``.
        auth: ``(user, password)``, or ``None`` for a server without authentication.
        database: the database to use.

    Raises:
        GraphStoreError: the server cannot be reached or the schema cannot be made.
    """

    def __init__(
        self, uri: str, auth: tuple[str, str] | None = None, database: str = "neo4j"
    ) -> None:
        self.uri = uri
        self.database = database
        self._driver = GraphDatabase.driver(uri, auth=auth)
        try:
            self._driver.verify_connectivity()
            self.ensure_schema()
        except (DriverError, Neo4jError) as exc:
            self._driver.close()
            raise GraphStoreError(f"{uri} (database {database}): {exc}") from exc

    def ensure_schema(self) -> None:
        """Create the constraints and indexes of ``schema.cypher``; existing ones stay."""
        for statement in statements("schema", DIALECT):
            self._driver.execute_query(statement, database_=self.database)

    def write(self, batch: GraphBatch) -> WriteResult:
        """Write one document's batch in one transaction, replacing what its source had."""
        steps = write_steps(batch)
        with self._driver.session(database=self.database) as session:
            try:
                counters = session.execute_write(_run_steps, steps)
            except (DriverError, Neo4jError) as exc:
                raise WriteFailedError(batch.source, str(exc)) from exc
        return write_result(batch, counters)

    def stats(self) -> GraphStats:
        """Return node counts per label and edge counts per type."""
        nodes = self._read(cypher("stats_nodes", DIALECT), {})
        edges = self._read(cypher("stats_edges", DIALECT), {})
        return GraphStats(nodes=dict(nodes), edges=dict(edges))

    def node(self, node_id: str) -> Node | None:
        """Return the node with ``node_id``, or ``None``."""
        rows = self._read(cypher("node_by_id", DIALECT), {"id": node_id})
        return _value(rows[0][0]) if rows else None

    def run_read(
        self, query: str, params: dict[str, Any] | None = None, *, timeout_s: float, max_rows: int
    ) -> ReadResult:
        """Run ``query`` in a READ transaction with a server-side time limit and a row cap."""

        @unit_of_work(timeout=timeout_s)
        def work(tx: ManagedTransaction) -> ReadResult:
            result = tx.run(query, params or {})
            rows = []
            for record in result:
                if len(rows) == max_rows:
                    return ReadResult(columns=list(result.keys()), rows=rows, truncated=True)
                rows.append([_value(value) for value in record.values()])
            return ReadResult(columns=list(result.keys()), rows=rows)

        with self._driver.session(database=self.database) as session:
            try:
                return session.execute_read(work)
            except (DriverError, Neo4jError) as exc:
                raise GraphStoreError(f"query refused by Neo4j: {exc}") from exc

    def wipe(self) -> None:
        """Delete every node and edge, keeping the schema (for tests)."""
        self._driver.execute_query(cypher("wipe", DIALECT), database_=self.database)

    def close(self) -> None:
        """Close the driver and its connections."""
        self._driver.close()

    def _read(self, query: str, params: dict[str, Any]) -> list[list[Any]]:
        with self._driver.session(database=self.database) as session:
            return session.execute_read(_records, query, params)


def _run_steps(tx: ManagedTransaction, steps: list[Step]) -> Counter[str]:
    """Run every write step in ``tx`` and add up what they changed."""
    counters: Counter[str] = Counter()
    for name, params in steps:
        summary = tx.run(cypher(name, DIALECT), params).consume()
        counters.update({key: getattr(summary.counters, key) for key in COUNTERS})
    return counters


def _records(tx: ManagedTransaction, query: str, params: dict[str, Any]) -> list[list[Any]]:
    return [list(record.values()) for record in tx.run(query, params)]


def _value(value: Any) -> Any:
    """Return a driver value with nodes, relationships and paths as graph models."""
    if isinstance(value, DriverNode):
        return to_node(value.labels, dict(value))
    if isinstance(value, Relationship):
        return to_edge(value.type, dict(value))
    if isinstance(value, DriverPath):
        nodes = [_value(node) for node in value.nodes]
        return Subgraph(nodes=nodes, edges=[_value(edge) for edge in value.relationships])
    if isinstance(value, list):
        return [_value(item) for item in value]
    if isinstance(value, dict):
        return {key: _value(item) for key, item in value.items()}
    return value
