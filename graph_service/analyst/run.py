"""Analyst Cypher: read-only queries with a time limit and a row cap, on either store.

Three walls stand between an analyst's query and the data. First
:func:`~graph_service.analyst.guard.check_query` refuses anything that is not a plain read:
writes, schema and administration commands, ``LOAD CSV``, procedures off a short allow-list,
functions that could reach outside the graph, several statements in one. Then the store runs the
query read-only: FalkorDB with ``GRAPH.RO_QUERY``; Neo4j only when ``EXPLAIN`` says it reads, in
a READ transaction. Both stop the query at the time limit, and this module gives up a little
later even when the database cannot stop (some long expressions run on regardless).
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field

from graph_service.analyst.guard import cap_rows, check_query
from graph_service.errors import AnalystBusyError, QueryRefusedError, timed_out
from graph_service.graph_models import ReadResult
from graph_service.stores.protocol import GRACE_S, GraphStore

__all__ = ["AnalystResult", "AnalystSlots", "run_analyst_query"]

# The store stops a query GRACE_S after its limit at the latest; the caller waits WAIT_S more
# for the store's own answer (a refusal names the reason) before giving up itself.
WAIT_S = 1.0
MAX_PARAM_DEPTH = 32
_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class AnalystResult(ReadResult):
    """Rows of an analyst query and how long it took."""

    elapsed_ms: float = Field(0.0, description="time spent running the query, in milliseconds")


def check_params(params: dict[str, Any] | None) -> dict[str, Any]:
    """Return the parameters when every name and value is plain data, or refuse them.

    Raises:
        QueryRefusedError: a name is not an identifier, or a value is not JSON-like data.

    >>> check_params({"name": "区应急管理局", "ids": [1, 2]})
    {'name': '区应急管理局', 'ids': [1, 2]}
    """
    for name, value in (params or {}).items():
        if not isinstance(name, str) or not _PARAM_NAME.fullmatch(name):
            raise QueryRefusedError(f"parameter name {name!r}: use letters, digits and _ only")
        _check_value(name, value, 0)
    return dict(params or {})


def _check_value(name: str, value: Any, depth: int) -> None:
    if isinstance(value, list | dict) and depth < MAX_PARAM_DEPTH:
        items = value.values() if isinstance(value, dict) else value
        keys = value.keys() if isinstance(value, dict) else ["k"]
        # FalkorDB sends map keys inside backticks, so a backtick could end one early.
        if all(isinstance(key, str) and key and "`" not in key and plain_text(key) for key in keys):
            for item in items:
                _check_value(name, item, depth + 1)
            return
    plain = value is None or isinstance(value, bool)
    plain = plain or (isinstance(value, int) and abs(value) < 2**63)
    plain = plain or (isinstance(value, float) and math.isfinite(value))
    if not (plain or (isinstance(value, str) and plain_text(value))):
        raise QueryRefusedError(f"parameter {name}: not a plain JSON value a query can use")


def plain_text(text: str) -> bool:
    """Tell whether a string can go to either store: no NUL, and valid Unicode.

    JSON can carry a lone surrogate (``"\\ud800"``), which no store can encode.

    >>> plain_text("区应急管理局"), plain_text("a\\x00b"), plain_text("\\ud800")
    (True, False, False)
    """
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class AnalystSlots:
    """A fixed number of analyst queries that may run at once, apart from the named questions.

    A slot is held until the query has ended in the store, not only until the caller stopped
    waiting for it, so that no more than ``slots`` analyst queries ever run in the store.

    >>> slots = AnalystSlots(1, retry_after_s=6)
    >>> slots.take(), slots.take()
    (True, False)
    """

    def __init__(self, slots: int, *, retry_after_s: int) -> None:
        self.slots, self.retry_after_s = slots, retry_after_s
        self._free = threading.BoundedSemaphore(slots)

    def take(self) -> bool:
        """Take a slot if one is free; return whether one was."""
        return self._free.acquire(blocking=False)

    def give_back(self) -> None:
        """Free a slot taken with :meth:`take`."""
        self._free.release()

    def busy(self) -> AnalystBusyError:
        """Return the error for a request that found every slot taken."""
        return AnalystBusyError(self.slots, self.retry_after_s)


def retry_after(timeout_s: float) -> int:
    """Return the seconds after which a slot is surely free again: the limit and the grace.

    >>> retry_after(5.0)
    7
    """
    return math.ceil(timeout_s + GRACE_S + WAIT_S)


def run_analyst_query(
    store: GraphStore,
    query: str,
    params: dict[str, Any] | None = None,
    *,
    timeout_s: float,
    max_rows: int,
    slots: AnalystSlots | None = None,
) -> AnalystResult:
    """Run an analyst's read-only Cypher on ``store`` with a time limit and a row cap.

    Args:
        store: the graph store.
        query: one Cypher statement that only reads the graph.
        params: values for the query's ``$parameters``; always sent as parameters.
        timeout_s: the time limit; the call returns within about two seconds more.
        max_rows: the row cap; ``truncated`` tells when more rows existed.
        slots: the analyst query slots to run in; ``None`` runs the query without one.

    Returns:
        Columns, rows (nodes and edges as models), ``truncated`` and ``elapsed_ms``.

    Raises:
        QueryRefusedError: the query or its parameters were refused, here or by the database.
        QueryTimeoutError: the query was stopped at the time limit.
        AnalystBusyError: every slot is taken.
        GraphStoreError: the store could not be reached.
    """
    capped = cap_rows(check_query(query), max_rows + 1)
    values = check_params(params)
    started = time.perf_counter()
    result = _within(
        timeout_s,
        lambda: store.run_read(capped, values, timeout_s=timeout_s, max_rows=max_rows),
        slots,
    )
    elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
    rows = [[_plain(value) for value in row] for row in result.rows]
    return AnalystResult(
        columns=result.columns, rows=rows, truncated=result.truncated, elapsed_ms=elapsed_ms
    )


def _within(
    timeout_s: float, call: Callable[[], ReadResult], slots: AnalystSlots | None
) -> ReadResult:
    """Return ``call()`` run in a slot, or give up a little after ``timeout_s``.

    The stores stop the query themselves by then (see their ``run_read``); the worker keeps its
    slot until the store has let go of the query.
    """
    if slots is not None and not slots.take():
        raise slots.busy()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["result"] = call()
        except Exception as exc:  # handed to the caller's thread below
            outcome["error"] = exc
        finally:
            if slots is not None:
                slots.give_back()

    worker = threading.Thread(target=work, name="analyst-query", daemon=True)
    worker.start()
    worker.join(timeout_s + GRACE_S + WAIT_S)
    if worker.is_alive():
        raise timed_out(timeout_s)
    if "error" in outcome:
        raise outcome["error"]
    result: ReadResult = outcome["result"]
    return result


def _plain(value: Any) -> Any:
    """Return a result value as JSON can carry it: models stay, odd scalars become text.

    >>> _plain([1.5, float("nan"), {"d": b"x"}])
    [1.5, 'NaN', {'d': "b'x'"}]
    """
    if isinstance(value, BaseModel | str | bool | int | None):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value).replace("nan", "NaN")
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return str(value)
