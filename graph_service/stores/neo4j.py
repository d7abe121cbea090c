"""Neo4j 5 through the official driver, with managed transactions.

Reads call ``driver.execute_query`` with ``routing_=READ``, so the server runs them in READ access
mode and refuses writes; writes run every statement of a document (or of a named write) in one
managed ``execute_write`` transaction. Both are retried by the driver on transient errors (lock
conflicts, a lost connection); how long each is retried: :mod:`~graph_service.stores.neo4j_faults`.
``run_read`` (analyst queries) asks ``EXPLAIN`` first and runs only what Neo4j plans as a read, in
one explicit READ transaction without retries (a query too slow or too big once stays so), which
it rolls back after reading at most ``max_rows`` rows.
A server unreachable or gone raises :class:`~graph_service.errors.StoreUnavailableError` naming it;
the driver opens new connections by itself once the server answers again.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from contextlib import suppress

from neo4j import (
    READ_ACCESS,
    GraphDatabase,
    ManagedTransaction,
    Query,
    RoutingControl,
)
from neo4j.exceptions import ClientError, DriverError, Neo4jError

from graph_service.errors import (
    BadParameterError,
    GraphStoreError,
    QueryTimeoutError,
    StoreUnavailableError,
    WriteFailedError,
)
from graph_service.graph_models import ReadResult
from graph_service.stores._reads import DIFF_QUERIES
from graph_service.stores._rows import Step
from graph_service.stores.base import StoreBase, counters_of, versioned
from graph_service.stores.cypher import cypher, statements
from graph_service.stores.neo4j_faults import (
    WRITE_RETRY_S,
    driver_config,
    reason,
    unavailable,
)
from graph_service.stores.neo4j_reads import (
    as_records,
    fetch_rows,
    read_error,
    refuse_unless_read,
)
from graph_service.stores.protocol import GRACE_S
from graph_service.stores.records import Params, Records

DIALECT = "neo4j"
FAILURES: dict[str, Callable[[str, str], GraphStoreError]] = {
    "open": lambda where, why: GraphStoreError(f"{where}: {why}"),
    "write": WriteFailedError,
    "diff": lambda source, why: GraphStoreError(f"{source}: cannot compare with the graph: {why}"),
    "read": lambda name, why: GraphStoreError(f"Neo4j could not run {name}: {why}"),
}
"""What a failure of each operation (but the server unavailable) raises, from what failed and
the driver's reason; analyst queries have their own (:func:`.neo4j_reads.read_error`)."""
# A named question slower than this is a bug, not an answer worth waiting for.
READ_TIMEOUT_S = 30.0


class Neo4jStore(StoreBase):
    """A :class:`~graph_service.stores.protocol.GraphStore` on a Neo4j 5 server.

    Args:
        uri: the server, e.g. ``bolt://127.0.0.1:7687`` or ``neo4j+s://…``.
        auth: ``(user, password)``, or ``None`` for a server without authentication.
        database: the database to use.

    Raises:
        StoreUnavailableError: the server cannot be reached.
        GraphStoreError: the schema cannot be made, or one of its indexes failed to build.
    """

    dialect = DIALECT

    def __init__(
        self, uri: str, auth: tuple[str, str] | None = None, database: str = "neo4j"
    ) -> None:
        self.uri = uri
        self.database = database
        self._driver = GraphDatabase.driver(uri, auth=auth, **driver_config())
        try:
            self._open(f"{uri} (database {database})")
        except BaseException:  # whatever stops the open (an interrupt too) leaves no driver open
            self._driver.close()
            raise

    def _open(self, where: str) -> None:
        """Reach the server, make the schema and wait for its indexes (``where`` names them)."""
        try:
            self._driver.verify_connectivity()
            self.ensure_schema()
            self._wait_for_indexes(where)
        except (DriverError, Neo4jError) as exc:
            raise self._failed(exc, "open", where) from exc

    def _unavailable(self, exc: DriverError | Neo4jError) -> StoreUnavailableError:
        return StoreUnavailableError(
            f"Neo4j at {self.uri} (database {self.database}) is unavailable: {reason(exc)}. Start "
            "it or check MKG_NEO4J_URI; the service reconnects by itself once Neo4j answers, and "
            "a load stopped by this finishes when run again"
        )

    def _failed(self, exc: DriverError | Neo4jError, doing: str, what: str) -> GraphStoreError:
        """Return the error for ``exc``: the server unavailable, or :data:`FAILURES` ``[doing]``."""
        if unavailable(exc):
            return self._unavailable(exc)
        if doing == "read" and isinstance(exc, ClientError):
            return BadParameterError(f"Neo4j refused the values given to {what}: {reason(exc)}")
        return FAILURES[doing](what, reason(exc))

    def ensure_schema(self) -> None:
        """Create the constraints and indexes of ``schema.cypher``; existing ones stay."""
        for statement in statements("schema", DIALECT):
            self._driver.execute_query(statement, database_=self.database)

    def _index_statuses(self) -> list[str]:
        return self._read(cypher("index_status", DIALECT), {}).column("status")

    def _write(self, steps: list[Step], sources: str) -> dict[str, int]:
        """Run write ``steps`` in one managed transaction; return its change counters.

        The driver retries the transaction on transient errors for :data:`WRITE_RETRY_S`, longer
        than a read: a lock held by another writer is usually released within that time.
        """
        session_ = self._driver.session(
            database=self.database, max_transaction_retry_time=WRITE_RETRY_S
        )
        with session_ as session:
            try:
                return dict(session.execute_write(_run_steps, steps))
            except (DriverError, Neo4jError) as exc:
                raise self._failed(exc, "write", sources) from exc

    def _diff_reads(self, source: str, params: Params) -> list[Records]:
        try:
            return [self._read(cypher(name, DIALECT), params) for name in DIFF_QUERIES]
        except (DriverError, Neo4jError) as exc:
            raise self._failed(exc, "diff", source) from exc

    def run_read(
        self, query: str, params: Params | None = None, *, timeout_s: float, max_rows: int
    ) -> ReadResult:
        """Run ``query`` in a READ transaction with a time limit, if ``EXPLAIN`` shows a read.

        Neo4j ends the transaction at ``timeout_s``; one still running :data:`GRACE_S` later is
        terminated (``TERMINATE TRANSACTIONS``). Neo4j checks both between rows only: one long
        expression (a list iteration over a huge range) runs to its end first.
        """
        marker = f"analyst:{uuid.uuid4().hex}"
        marked = f"{query}\n// {marker}"
        session = self._driver.session(
            database=self.database, default_access_mode=READ_ACCESS, fetch_size=max_rows + 1
        )
        watchdog = threading.Timer(timeout_s + GRACE_S, self._terminate, args=(marker,))
        watchdog.daemon = True
        try:
            with session, session.begin_transaction(timeout=timeout_s) as tx:
                refuse_unless_read(tx, marked, params or {})
                watchdog.start()
                return fetch_rows(tx.run(marked, params or {}), max_rows)
        except (DriverError, Neo4jError) as exc:
            error = self._unavailable(exc) if unavailable(exc) else read_error(exc, timeout_s)
            if isinstance(error, QueryTimeoutError):
                self._settle(marker)
            raise error from exc
        finally:
            watchdog.cancel()

    def running_queries(self) -> list[str]:
        """Return the text of every query running in the database now, but this one."""
        found, _, _ = self._driver.execute_query(
            RUNNING, database_=self.database, routing_=RoutingControl.READ
        )
        return [record["query"] for record in found if record["query"] != RUNNING]

    def _holding(self, marker: str) -> list[str]:
        """Return the ids of the transactions running a query that holds ``marker``."""
        found, _, _ = self._driver.execute_query(
            TRANSACTIONS_HOLDING,
            parameters_={"marker": marker},
            database_=self.database,
            routing_=RoutingControl.READ,
        )
        return [record["id"] for record in found]

    def _settle(self, marker: str) -> None:
        """Wait, :data:`GRACE_S` at most, until a stopped transaction has left the server."""
        deadline = time.monotonic() + GRACE_S
        with suppress(DriverError, Neo4jError):
            while self._holding(marker) and time.monotonic() < deadline:
                time.sleep(0.05)

    def _terminate(self, marker: str) -> None:
        """Terminate the transactions running a query that holds ``marker``."""
        with suppress(DriverError, Neo4jError):
            ids = self._holding(marker)
            if ids:
                self._driver.execute_query(
                    "TERMINATE TRANSACTIONS $ids", parameters_={"ids": ids}, database_=self.database
                )

    def read_named(self, name: str, params: Params | None = None) -> Records:
        """Run a named read query (READ routing, driver retries); rows with graph models."""
        try:
            return self._read(cypher(name, DIALECT), params or {})
        except (DriverError, Neo4jError) as exc:
            raise self._failed(exc, "read", name) from exc

    def write_named(self, name: str, params: Params) -> None:
        """Run a named write query of the service in one managed (retried) transaction."""
        self._write(versioned([(name, params)]), name)

    def _wipe_some(self, batch: int) -> int:
        records, _, _ = self._driver.execute_query(
            cypher("wipe", DIALECT), {"batch": batch}, database_=self.database
        )
        return int(records[0]["deleted"])

    def _new_version(self) -> None:
        self._write(versioned([]), "wipe")

    def close(self) -> None:
        """Close the driver and its connections."""
        self._driver.close()

    def _read(self, query: str, params: Params) -> Records:
        """Run ``query`` with READ routing, retried by the driver on transient errors."""
        return self._driver.execute_query(
            Query(query, timeout=READ_TIMEOUT_S),
            parameters_=params,
            database_=self.database,
            routing_=RoutingControl.READ,
            result_transformer_=as_records,
        )


def _run_steps(tx: ManagedTransaction, steps: list[Step]) -> Counter[str]:
    """Run every write step in ``tx`` and add up what they changed.

    One query per step: joining the steps into one query (as FalkorDB needs) measured three
    times slower on Neo4j 5.26 for new documents, though it saves round trips.
    """
    counters: Counter[str] = Counter()
    for name, params in steps:
        summary = tx.run(cypher(name, DIALECT), params).consume()
        counters.update(counters_of(summary.counters))
    return counters


# The marker is a parameter here, so this query never finds itself.
TRANSACTIONS_HOLDING = (
    "SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery "
    "WHERE currentQuery CONTAINS $marker RETURN id"
)
RUNNING = "SHOW TRANSACTIONS YIELD currentQuery AS query RETURN query"
