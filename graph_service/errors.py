"""The service's errors, one tree; the API answers each with a status from one table.

Raise the error named for the failure; :mod:`graph_service.api.errors` maps each class (by its
nearest mapped ancestor) to an HTTP status and an ``error`` code, and the command line prints its
message. Classes defined elsewhere are marked with their module.

::

    MinutesKGError (loaders.errors)                              400 bad_request
    ├── UnreadableFileError (loaders.errors)    a file is not minutes text
    ├── OutputCollisionError (cli.outputs)    two inputs for one output file (command line)
    ├── NotFoundError                           no node, load or decision with that id   404
    ├── MalformedRequestError                   the request itself cannot be read: a NUL in
    │                                           its address, a Content-Length not a number 400
    ├── InvalidRequestError                     a value the request gave cannot be used  422
    │   └── TooLargeError                       a file or a body over its size limit     413
    ├── WriteRefusedError                       a write without the key, or open writes refused
    │   ├── UnauthorizedError                   the API key is set and was not sent      401
    │   ├── WritesClosedError                   no key set and open writes are off       403
    │   ├── CrossSiteWriteError                 an open write from another site's page   403
    │   └── WriteHeaderMissingError             an open write without X-Requested-With   403
    ├── QuestionError (questions.asking)        a question's values cannot be answered   400
    │   ├── UnknownGovernmentError (questions.governments)                           422
    │   ├── UnknownEndError (questions.paths)   a path's end names nothing               404
    │   └── AmbiguousEndError (questions.paths) a path's end names several nodes         422
    ├── DecisionError (loading.decisions)       a curator's decision cannot be taken     422
    │   └── UnknownTargetError (curation.review) a merge into a bureau not in the graph  422
    └── GraphStoreError                         a store could not be opened, written or read 503
        ├── StoreUnavailableError               the store is down: every further operation
        │                                       would fail (503 with Retry-After)
        ├── WriteFailedError                    the store refused one document's write,
        │                                       graph unchanged                          409
        ├── UnknownQueryError                   no file in cypher/ for a named query: a bug 500
        ├── BadParameterError                   the store refused a named query's values 422
        └── QueryRefusedError                   an analyst query refused, here or by the
            │                                   database                                 400
            ├── QueryInvalidError               the database cannot read it: a syntax or
            │                                   type error                               400
            ├── QueryTimeoutError               stopped at the time limit                408
            └── AnalystBusyError                every analyst slot is taken (Retry-After) 429
"""

from __future__ import annotations

from loaders.errors import MinutesKGError


class NotFoundError(MinutesKGError):
    """Nothing in the graph has the id asked about; the message says where to find ids."""


class MalformedRequestError(MinutesKGError):
    """The request cannot be read as sent (answered before any route, as ``invalid_request``)."""


class InvalidRequestError(MinutesKGError):
    """A value the request gave cannot be used; the message says which and what to send."""


class TooLargeError(InvalidRequestError):
    """A file or a request body is over its size limit; nothing was loaded."""


class WriteRefusedError(MinutesKGError):
    """A write may not go through: the key is missing, or open writes refuse it."""


class UnauthorizedError(WriteRefusedError):
    """``MKG_API_KEY`` is set and the request did not send it in ``X-API-Key``."""


class WritesClosedError(WriteRefusedError):
    """No API key is set and ``MKG_OPEN_WRITES`` is off: every write is refused."""


class CrossSiteWriteError(WriteRefusedError):
    """An open write came from a page of another site."""


class WriteHeaderMissingError(WriteRefusedError):
    """An open write did not send ``X-Requested-With``, which a cross-site form cannot send."""


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


class BadParameterError(GraphStoreError):
    """The store refused the values given to a named query (a type or a value it cannot take)."""


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
