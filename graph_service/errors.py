"""The service's errors, one tree; the API maps each to a status in one place.

::

    MinutesKGError (loaders.errors)
    └── GraphStoreError              a store could not be opened, written or read
        ├── StoreUnavailableError    the store is down: every further operation would fail
        ├── WriteFailedError         one document not written, graph unchanged
        ├── UnknownQueryError        no file in cypher/ for a named query
        └── QueryRefusedError        an analyst query refused, here or by the database
            ├── QueryInvalidError    the database cannot read it: a syntax or type error
            ├── QueryTimeoutError    an analyst query stopped at the time limit
            └── AnalystBusyError     every analyst query slot is taken: try again shortly
"""

from __future__ import annotations

from loaders.errors import MinutesKGError


class GraphStoreError(MinutesKGError):
    """A store could not be opened, written or read."""


class StoreUnavailableError(GraphStoreError):
    """The store itself is down or unreachable, so every further operation would fail as well.

    Unlike :class:`WriteFailedError`, which is about one document, it stops a load: the files
    after it are not tried, and running the same load again, once the store is back, finishes it.
    """


class WriteFailedError(GraphStoreError):
    """Writing a document failed; the graph was left as it was before the write."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: not written, graph unchanged: {reason}")
        self.source = source
        self.reason = reason


class UnknownQueryError(GraphStoreError):
    """A named Cypher operation has no file in ``cypher/``."""


class QueryRefusedError(GraphStoreError):
    """An analyst query was refused before or by the database; the message says why."""


class QueryInvalidError(QueryRefusedError):
    """The database could not read an analyst query (syntax, unknown name, wrong type): fix it."""


class QueryTimeoutError(QueryRefusedError):
    """An analyst query was stopped at the time limit."""


class AnalystBusyError(QueryRefusedError):
    """Every analyst query slot is taken; a slot frees within ``retry_after_s`` seconds."""

    def __init__(self, slots: int, retry_after_s: int) -> None:
        super().__init__(
            f"all {slots} analyst query slots are busy; try again in {retry_after_s} s "
            "(named questions and pages are not affected)"
        )
        self.retry_after_s = retry_after_s


def timed_out(timeout_s: float) -> QueryTimeoutError:
    """Return the error for a query stopped at its time limit, with what the user can do.

    >>> str(timed_out(5.0)).split(";")[0]
    'the query was stopped at the time limit of 5 s'
    """
    return QueryTimeoutError(
        f"the query was stopped at the time limit of {timeout_s:g} s; narrow it down "
        "(a WHERE clause, fewer patterns, shorter paths) or ask for fewer rows"
    )
