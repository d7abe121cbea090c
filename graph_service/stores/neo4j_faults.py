"""How the Neo4j store waits for, retries and reports a server that is down or goes away.

The driver's defaults wait up to a minute for a connection and retry a managed transaction for
30 s, so a request to a server that is down would hang. These settings report it in seconds
instead; the driver still opens new connections by itself once the server answers again. Every
retry is the driver's own: :data:`READ_RETRY_S` for reads (the driver's default here, used by
``execute_query``), :data:`WRITE_RETRY_S` for the sessions that write.
"""

from __future__ import annotations

from typing import Any

from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable, SessionExpired

CONNECT_TIMEOUT_S = 5.0
"""Seconds to open a connection."""
ACQUIRE_TIMEOUT_S = 10.0
"""Seconds to wait for a connection from the pool, opening one included."""
WRITE_RETRY_S = 10.0
"""Seconds a document's write is retried on transient errors (lock conflicts, a lost server)."""
READ_RETRY_S = 3.0
"""Seconds a read is retried on transient errors: a request should fail fast."""


def driver_config() -> dict[str, Any]:
    """Return the driver settings for timeouts and retries.

    The server's notifications (hints such as "property key does not exist" for a property no
    node has yet) are turned off: the service's queries are its own, and users would see them
    as warnings on every command.

    >>> driver_config()["connection_timeout"]
    5.0
    """
    return {
        "connection_timeout": CONNECT_TIMEOUT_S,
        "connection_acquisition_timeout": ACQUIRE_TIMEOUT_S,
        "max_transaction_retry_time": READ_RETRY_S,
        "notifications_min_severity": "OFF",
    }


def unavailable(exc: DriverError | Neo4jError) -> bool:
    """Return whether ``exc`` says the server (not the query) is the problem.

    >>> unavailable(ServiceUnavailable("Connection refused"))
    True
    """
    if isinstance(exc, ServiceUnavailable | SessionExpired):
        return True
    return "DatabaseUnavailable" in (getattr(exc, "code", None) or "")


def reason(exc: DriverError | Neo4jError) -> str:
    """Return what the driver or the server said went wrong.

    >>> reason(ServiceUnavailable("Connection refused"))
    'Connection refused'
    """
    return getattr(exc, "message", None) or str(exc) or type(exc).__name__
