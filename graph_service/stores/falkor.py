"""Embedded FalkorDB through ``falkordblite``: a Redis child process, data in one file.

The child listens on a unix socket in a private temporary folder and on no TCP port
(``falkordblite`` configures ``port 0``). The data is the one RDB file ``<data_dir>/graph.db``;
while the store is open a ``graph.db.settings`` file beside it records the running child.

Atomic writes: FalkorDB runs each query under its write lock and undoes a query that fails
part-way, whereas ``MULTI``/``EXEC`` would keep the commands that succeeded. So a document's
write steps are joined into one query (``WITH count(*) AS _k`` between steps; the aggregate makes
each step run exactly once, even when the previous one had no rows).
"""

from __future__ import annotations

import fcntl
import hashlib
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from redis import Redis
from redis.backoff import NoBackoff
from redis.exceptions import RedisError, ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry
from redislite.falkordb_client import FalkorDB, Graph

# After redislite, which makes sure the Python client, not the server module, is importable.
from falkordb import Edge as FalkorEdge  # isort: skip
from falkordb import Node as FalkorNode  # isort: skip
from falkordb import Path as FalkorPath  # isort: skip

from graph_service.cypher_guard import QueryRefusedError, timed_out
from graph_service.graph_models import (
    NODE_LABELS,
    BatchDiff,
    GraphBatch,
    GraphStats,
    Node,
    ReadResult,
    Subgraph,
    WriteResult,
)
from graph_service.store import GraphStoreError, WriteFailedError, cypher, statements
from graph_service.stores._rows import (
    DIFF_QUERIES,
    Step,
    diff_params,
    every_step,
    to_diff,
    to_edge,
    to_node,
    write_result,
    write_steps,
)

DIALECT = "falkordb"
DATA_FILE = "graph.db"
# A named question slower than this is a bug, not an answer worth waiting for.
READ_TIMEOUT_MS = 30_000


def join_steps(steps: list[Step]) -> tuple[str, dict[str, Any]]:
    """Return one query running ``steps`` in order, with all their parameters.

    Args:
        steps: ``(operation name, parameters)`` pairs; parameter names must not clash.

    Returns:
        The joined query and the merged parameters.

    >>> query, params = join_steps([("stats_nodes", {}), ("stats_edges", {"x": 1})])
    >>> query.count("WITH count(*) AS _1"), params
    (1, {'x': 1})
    """
    parts = [cypher(name, DIALECT) for name, _ in steps]
    query = "".join(
        part if k == 0 else f"\nWITH count(*) AS _{k}\n{part}" for k, part in enumerate(parts)
    )
    params: dict[str, Any] = {}
    for _, step_params in steps:
        params |= step_params
    return query, params


@contextmanager
def _start_lock(data_file: Path) -> Iterator[None]:
    """Hold an exclusive lock while a process starts, joins or stops the server of ``data_file``.

    The lock file lives in the temporary folder, keyed by the data file's path, so the data folder
    keeps its one file.
    """
    key = hashlib.sha256(str(data_file.resolve()).encode()).hexdigest()[:16]
    with open(Path(tempfile.gettempdir()) / f"minutes-kg-{key}.lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


QUERY_MEMORY = 1024**3
"""Most memory one query may take in the embedded server, in bytes."""


class FalkorStore:
    """A :class:`~graph_service.store.GraphStore` on embedded FalkorDB.

    Args:
        data_dir: folder of the data file; created when missing.
        graph: name of the graph inside the database.

    Raises:
        GraphStoreError: the embedded server could not start or the schema could not be made.
    """

    dialect = DIALECT

    def __init__(self, data_dir: str | Path, graph: str = "minutes") -> None:
        self.path = Path(data_dir) / DATA_FILE
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Two processes starting at once would each start a server on the same file, and the
        # last to save would drop the other's writes: starting (or joining) is done one at a time.
        with _start_lock(self.path):
            try:
                self._db = FalkorDB(str(self.path))
            except Exception as exc:  # falkordblite raises its own and OS errors alike
                raise GraphStoreError(
                    f"{self.path}: embedded FalkorDB did not start: {exc}"
                ) from exc
        self._graph = self._db.select_graph(graph)
        self._cap_query_memory()
        self.ensure_schema()

    def _cap_query_memory(self) -> None:
        # An analyst query that builds a huge list is stopped by the memory cap long before it
        # could exhaust the machine; the service's own time limit does not stop server work.
        with suppress(RedisError):
            self._db.client.execute_command(
                "GRAPH.CONFIG", "SET", "QUERY_MEM_CAPACITY", QUERY_MEMORY
            )

    @property
    def server_pid(self) -> int:
        """The process id of the embedded database server."""
        return self._db.client.pid

    def ensure_schema(self) -> None:
        """Create the indexes of ``schema.falkordb.cypher`` and unique ids; existing ones stay."""
        for statement in statements("schema", DIALECT):
            self._tolerate_existing(self._graph.query, statement)
        for label in NODE_LABELS:
            self._tolerate_existing(self._graph.create_node_unique_constraint, label, "id")

    def _tolerate_existing(self, call: Any, *args: Any) -> None:
        try:
            call(*args)
        except RedisError as exc:
            if "already" not in str(exc):
                raise GraphStoreError(f"{self.path}: schema: {exc}") from exc

    def write(self, batch: GraphBatch) -> WriteResult:
        """Write one document's batch atomically, replacing what its source had before."""
        query, params = join_steps(every_step(write_steps(batch)))
        try:
            result = self._graph.query(query, params)
        except RedisError as exc:
            raise WriteFailedError(batch.source, str(exc)) from exc
        counters = {
            "nodes_created": result.nodes_created,
            "relationships_created": result.relationships_created,
            "nodes_deleted": result.nodes_deleted,
            "relationships_deleted": result.relationships_deleted,
        }
        return write_result(batch, counters)

    def diff(self, batch: GraphBatch) -> BatchDiff:
        """Return what :meth:`write` would add and remove, found with read-only queries."""
        params = diff_params(batch)
        try:
            found = [self._graph.ro_query(cypher(name, DIALECT), params) for name in DIFF_QUERIES]
        except RedisError as exc:
            raise GraphStoreError(f"{batch.source}: cannot compare with the graph: {exc}") from exc
        return to_diff(batch, *([row[0] for row in result.result_set] for result in found))

    def stats(self) -> GraphStats:
        """Return node counts per label and edge counts per type."""
        nodes = self._graph.ro_query(cypher("stats_nodes", DIALECT)).result_set
        edges = self._graph.ro_query(cypher("stats_edges", DIALECT)).result_set
        return GraphStats(nodes=dict(nodes), edges=dict(edges))

    def node(self, node_id: str) -> Node | None:
        """Return the node with ``node_id``, or ``None``."""
        params = {"ids": [node_id], "as_of": None}
        rows = self._graph.ro_query(cypher("q_node", DIALECT), params).result_set
        return _value(rows[0][0]) if rows else None

    def run_read(
        self, query: str, params: dict[str, Any] | None = None, *, timeout_s: float, max_rows: int
    ) -> ReadResult:
        """Run ``query`` with ``GRAPH.RO_QUERY``, which refuses writes on the server side.

        The server stops most work at ``timeout_s`` but not every long expression, so the query
        has a connection of its own that gives up a second later, then is closed.
        """
        # No retries: redis-py would send a timed-out query again, up to ten times by default.
        client = Redis(
            unix_socket_path=self._db.client.socket_file,
            decode_responses=True,
            socket_timeout=timeout_s + 1,
            retry=Retry(NoBackoff(), 0),
        )
        try:
            graph = Graph(client, self._graph.name)
            result = graph.ro_query(query, params, timeout=max(1, int(timeout_s * 1000)))
        except RedisError as exc:
            raise _read_error(exc, timeout_s) from exc
        finally:
            client.close()
        columns = [column[1] for column in result.header]
        rows = [[_value(value) for value in row] for row in result.result_set[:max_rows]]
        return ReadResult(columns=columns, rows=rows, truncated=len(result.result_set) > max_rows)

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[list[Any]]:
        """Run a named read query with ``GRAPH.RO_QUERY`` on the shared connection."""
        try:
            result = self._graph.ro_query(query, params, timeout=READ_TIMEOUT_MS)
        except RedisError as exc:
            raise GraphStoreError(f"embedded FalkorDB could not run the query: {exc}") from exc
        return [[_value(value) for value in row] for row in result.result_set]

    def write_named(self, name: str, params: dict[str, Any]) -> None:
        """Run a named write query of the service; FalkorDB runs each query atomically."""
        try:
            self._graph.query(cypher(name, DIALECT), params)
        except RedisError as exc:
            raise GraphStoreError(f"embedded FalkorDB could not run {name}: {exc}") from exc

    def wipe(self) -> None:
        """Delete every node and edge, keeping the schema (for tests)."""
        self._graph.query(cypher("wipe", DIALECT))

    def close(self) -> None:
        """Save the data file and stop the embedded server (unless another process still uses it)."""
        # falkordblite stops its server only when it counts at most one client, and the API's
        # thread pool opens several connections: drop them first so the server really stops.
        with _start_lock(self.path):
            self._db.client.connection_pool.disconnect()
            self._db.close()


def _read_error(exc: RedisError, timeout_s: float) -> GraphStoreError:
    """Return the error to raise for a failed read: timed out, refused, or store unavailable."""
    if isinstance(exc, RedisTimeoutError) or "timed out" in str(exc):
        return timed_out(timeout_s)
    if isinstance(exc, ResponseError):
        return QueryRefusedError(f"FalkorDB refused the query: {exc}")
    return GraphStoreError(f"embedded FalkorDB did not answer: {exc}")


def _value(value: Any) -> Any:
    """Return a FalkorDB result value with nodes, edges and paths as graph models."""
    if isinstance(value, FalkorNode):
        return to_node(value.labels, value.properties)
    if isinstance(value, FalkorEdge):
        return to_edge(value.relation, value.properties)
    if isinstance(value, FalkorPath):
        nodes = [_value(node) for node in value.nodes()]
        return Subgraph(nodes=nodes, edges=[_value(edge) for edge in value.edges()])
    if isinstance(value, list):
        return [_value(item) for item in value]
    if isinstance(value, dict):
        return {key: _value(item) for key, item in value.items()}
    return value
