"""Stopping an analyst query that the embedded server does not stop by itself.

FalkorDB checks a query's time limit between rows and its memory cap (``QUERY_MEM_CAPACITY``)
at some allocations only: inside one expression (``range(1, 1000000000)``, a list iteration over
a large range) neither is checked, and such a query ran for minutes after its limit while the
server grew by about 450 MB/s. The watchdog watches one analyst query from outside:

- when the server's memory grows by more than its limit while the query runs, or the query is
  still running in the server :data:`GRACE_S` after its time limit, it kills the server (SIGKILL),
  and the store starts a new one on the same files with the next operation: every write the
  server acknowledged is in its write log (see :mod:`~graph_service.stores.falkor_server`);
- when the query has ended in the server but its answer is still on its way, it closes the
  query's connection, so that an answer nobody waits for is not read.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from contextlib import suppress
from typing import Any

import psutil
from redis import Redis
from redis.backoff import NoBackoff
from redis.exceptions import RedisError
from redis.retry import Retry

from graph_service.errors import GraphStoreError, QueryRefusedError, timed_out
from graph_service.stores.falkor_server import gone
from graph_service.stores.protocol import GRACE_S

POLL_S = 0.05
"""How often the watchdog looks at the server's memory (at 450 MB/s: about 25 MB between looks)."""


def rss(pid: int) -> int:
    """Return the resident memory of process ``pid`` in bytes, 0 when it is gone.

    >>> rss(os.getpid()) > 0, rss(0)
    (True, 0)
    """
    try:
        return psutil.Process(pid).memory_info().rss if pid else 0
    except psutil.Error:
        return 0


def own_client(client: Redis, socket_timeout_s: float) -> Redis:
    """Return a new connection to the server of ``client`` that never sends a command twice.

    No retries: redis-py would send a timed-out query again, up to ten times by default.
    """
    return Redis(
        unix_socket_path=client.connection_pool.connection_kwargs["path"],
        decode_responses=True,
        socket_timeout=socket_timeout_s,
        retry=Retry(NoBackoff(), 0),
    )


def running_queries(client: Redis) -> list[str]:
    """Return the text of every query the server of ``client`` runs or holds in its queue."""
    info: Any = client.execute_command(  # type: ignore[no-untyped-call]
        "GRAPH.INFO", "RunningQueries", "WaitingQueries"
    )
    # ['# Running queries', [[key, value, ...], ...], '# Waiting queries', [...]]
    found = []
    for queries in info[1::2]:
        for fields in queries:
            found.append(str(dict(zip(fields[::2], fields[1::2], strict=True)).get("Query", "")))
    return found


def running(client: Redis, marker: str) -> bool:
    """Return whether a query holding ``marker`` runs or waits in the server of ``client``.

    A server that does not answer counts as running it.
    """
    try:
        return any(marker in query for query in running_queries(client))
    except RedisError:
        return True


class Watchdog:
    """Watch one analyst query on the embedded server; kill the server if the query overruns.

    Use as a context manager around the query; afterwards :meth:`error` says why it was stopped.

    Args:
        pid: the server's process id.
        admin: a connection of its own to the server, to ask what runs there.
        query_client: the connection the query runs on, closed when its answer is no longer awaited.
        marker: text that appears in the query, and in no other query.
        timeout_s: the query's time limit.
        memory_bytes: how much the server may grow while the query runs.
    """

    def __init__(self, pid: int, admin: Redis, query_client: Redis, marker: str, *,
                 timeout_s: float, memory_bytes: int) -> None:  # fmt: skip
        self.pid, self.admin, self.query_client, self.marker = pid, admin, query_client, marker
        self.timeout_s, self.memory_bytes = timeout_s, memory_bytes
        self.reason: str | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="analyst-watchdog", daemon=True)

    def __enter__(self) -> Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()

    @property
    def killed(self) -> bool:
        """Whether the watchdog killed the server."""
        return self.reason in ("time", "memory")

    def error(self) -> GraphStoreError | None:
        """Return the error the query ends with, if the watchdog stopped it."""
        if self.reason == "memory":
            return QueryRefusedError(
                f"the query was stopped: it needed more than {self.memory_bytes / 1024**3:g} GB "
                "of memory in the embedded store; ask for fewer or smaller values (UNWIND a "
                "smaller range, LIMIT, aggregate)"
            )
        return timed_out(self.timeout_s) if self.reason else None

    def _watch(self) -> None:
        ceiling = rss(self.pid) + self.memory_bytes
        deadline = time.monotonic() + self.timeout_s + GRACE_S
        while not self._done.wait(POLL_S):
            if rss(self.pid) > ceiling:
                self._kill("memory")
                return
            if time.monotonic() > deadline:
                self._overran()
                return

    def _overran(self) -> None:
        if running(self.admin, self.marker):
            self._kill("time")
            return
        self.reason = "answer"
        self.query_client.connection_pool.disconnect()

    def _kill(self, reason: str) -> None:
        self.reason = reason
        with suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        # Until it has exited, the next start would take the dying server for a live one.
        gone(self.pid, within_s=10)
