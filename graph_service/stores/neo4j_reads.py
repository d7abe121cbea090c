"""Neo4j's reads in the store's terms, and the check that an analyst query only reads.

Driver values (nodes, relationships, paths) become the graph models both stores share, rows
become :class:`~graph_service.stores.records.Records` (or an analyst's bounded
:class:`~graph_service.graph_models.ReadResult`), and the driver's errors become the service's.
"""

from __future__ import annotations

import re
from typing import Any

from neo4j import Result, Transaction
from neo4j.exceptions import ClientError, DriverError, Neo4jError
from neo4j.graph import Node as DriverNode
from neo4j.graph import Path as DriverPath
from neo4j.graph import Relationship

from graph_service.errors import GraphStoreError, QueryInvalidError, QueryRefusedError, timed_out
from graph_service.graph_models import ReadResult, Subgraph
from graph_service.stores._reads import to_entity, to_relation
from graph_service.stores.base import converted
from graph_service.stores.records import Params, Records


def as_records(result: Result) -> Records:
    """Return every row of ``result`` by column name, with graph models for graph values."""
    return Records.of(result.keys(), [[as_value(v) for v in record.values()] for record in result])


PLANNED_AS = {"w": "a write", "rw": "a read and write", "s": "a schema change"}
# On a line of its own, so that Neo4j's error positions stay easy to map back to the query.
EXPLAIN = "EXPLAIN\n"


def refuse_unless_read(tx: Transaction, query: str, params: Params) -> None:
    """Refuse ``query`` unless Neo4j's plan for it only reads (query type ``r``)."""
    try:
        kind = tx.run(EXPLAIN + query, params).consume().query_type
    except ClientError as exc:
        reason = _without_explain(exc.message or str(exc))
        raise QueryInvalidError(f"Neo4j could not read the query: {reason}") from exc
    if kind != "r":
        planned = PLANNED_AS.get(kind or "", f"type {kind}")
        raise QueryRefusedError(f"Neo4j plans this query as {planned}: analyst queries only read")


def _without_explain(message: str) -> str:
    """Return the first line of Neo4j's message with positions counted in the query as sent.

    >>> _without_explain("Invalid input 'R' (line 2, column 10 (offset: 17))\\n...")
    "Invalid input 'R' (line 1, column 10 (offset: 9))"
    """
    first = message.splitlines()[0] if message else ""
    first = re.sub(r"line (\d+)", lambda m: f"line {int(m[1]) - 1}", first)
    return re.sub(r"offset: (\d+)", lambda m: f"offset: {int(m[1]) - len(EXPLAIN)}", first)


def fetch_rows(result: Result, max_rows: int) -> ReadResult:
    """Return at most ``max_rows`` rows, reading one more only to know whether there are more."""
    rows: list[list[Any]] = []
    for record in result:
        if len(rows) == max_rows:
            return ReadResult(columns=list(result.keys()), rows=rows, truncated=True)
        rows.append([as_value(value) for value in record.values()])
    return ReadResult(columns=list(result.keys()), rows=rows)


def read_error(exc: DriverError | Neo4jError, timeout_s: float) -> GraphStoreError:
    """Return the error to raise for a failed read: timed out, refused, or store unavailable."""
    code = getattr(exc, "code", None) or ""
    message = getattr(exc, "message", None) or str(exc)
    if "TimedOut" in code or code.endswith(".Terminated"):
        return timed_out(timeout_s)
    if "OutOfMemory" in code:
        return QueryRefusedError(f"the query needs more memory than Neo4j allows: {message}")
    if isinstance(exc, ClientError) and ".Statement." in code:
        return QueryInvalidError(f"Neo4j could not read the query: {message}")
    if isinstance(exc, ClientError):
        return QueryRefusedError(f"Neo4j refused the query: {message}")
    return GraphStoreError(f"Neo4j could not run the query: {message}")


def _graph_value(value: Any) -> Any | None:
    """Return a driver node, relationship or path as a graph model; ``None`` for other values."""
    if isinstance(value, DriverNode):
        return to_entity(value.labels, dict(value))
    if isinstance(value, Relationship):
        return to_relation(value.type, dict(value))
    if isinstance(value, DriverPath):
        nodes = [as_value(node) for node in value.nodes]
        return Subgraph(nodes=nodes, edges=[as_value(edge) for edge in value.relationships])
    return None


def as_value(value: Any) -> Any:
    """Return a driver value with nodes, relationships and paths as graph models."""
    return converted(value, _graph_value)
