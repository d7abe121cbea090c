"""How the Neo4j store waits for, retries and reports a server that is down or goes away.

The driver's defaults wait up to a minute for a connection and retry a managed transaction for
30 s, so a request to a server that is down would hang. These settings report it in seconds
instead; the driver still opens new connections by itself once the server answers again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable, SessionExpired

CONNECT_TIMEOUT_S = 5.0
"""Seconds to open a connection."""
ACQUIRE_TIMEOUT_S = 10.0
"""Seconds to wait for a connection from the pool, opening one included."""
WRITE_RETRY_S = 10.0
"""Seconds a document's write is retried on transient errors (lock conflicts, a lost server)."""
READ_RETRY_S = 3.0
"""Seconds a managed read is retried: a request should fail fast."""
READ_ATTEMPTS = 3
"""Sends of a named question that fails with a retryable error."""


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
        "max_transaction_retry_time": WRITE_RETRY_S,
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


def with_retries[T](call: Callable[[], T], attempts: int = READ_ATTEMPTS) -> T:
    """Return ``call()``, called again after a retryable failure, at most ``attempts`` times.

    Raises:
        DriverError: or ``Neo4jError``, the last failure, or the first that is not retryable.
    """
    for attempt in range(1, attempts):
        try:
            return call()
        except (DriverError, Neo4jError) as exc:
            if not exc.is_retryable():
                raise
        time.sleep(0.2 * attempt)
    return call()
