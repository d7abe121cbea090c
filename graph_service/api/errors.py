"""The API's error answers, from one table: each error class to a status and an ``error`` code.

Routes raise the error named for the failure (:mod:`graph_service.errors` draws the tree); an
error answers with the status of its nearest ancestor in :data:`STATUSES`. Every error body is
``{"error": code, "message": text}``, as the README documents: Starlette's own refusals (no such
route, a method the route does not take), validation errors and bugs included.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any, NoReturn

from fastapi import FastAPI, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from graph_service.curation.review import UnknownTargetError
from graph_service.errors import (
    AnalystBusyError,
    BadParameterError,
    CrossSiteWriteError,
    GraphStoreError,
    InvalidRequestError,
    MalformedRequestError,
    NotFoundError,
    QueryInvalidError,
    QueryRefusedError,
    QueryTimeoutError,
    StoreUnavailableError,
    TooLargeError,
    UnauthorizedError,
    UnknownQueryError,
    WriteFailedError,
    WriteHeaderMissingError,
    WritesClosedError,
)
from graph_service.loading.decisions import DecisionError
from graph_service.questions.governments import UnknownGovernmentError
from graph_service.questions.paths import AmbiguousEndError, UnknownEndError
from graph_service.settings import Settings
from loaders.errors import MinutesKGError

logger = logging.getLogger(__name__)

MEGABYTE = 1024 * 1024
RETRY_AFTER_S = 2
"""Seconds a client is told to wait (``Retry-After``) when the store is unavailable."""

STATUSES: dict[type[Exception], tuple[int, str]] = {
    MinutesKGError: (400, "bad_request"),
    NotFoundError: (404, "not_found"),
    MalformedRequestError: (400, "invalid_request"),
    InvalidRequestError: (422, "invalid_request"),
    TooLargeError: (413, "too_large"),
    UnauthorizedError: (401, "unauthorized"),
    WritesClosedError: (403, "writes_closed"),
    CrossSiteWriteError: (403, "cross_site"),
    WriteHeaderMissingError: (403, "writes_need_header"),
    UnknownGovernmentError: (422, "unknown_government"),
    UnknownEndError: (404, "not_found"),
    AmbiguousEndError: (422, "ambiguous_name"),
    DecisionError: (422, "invalid_decision"),
    UnknownTargetError: (422, "unknown_target"),
    GraphStoreError: (503, "store_unavailable"),
    StoreUnavailableError: (503, "store_unavailable"),
    WriteFailedError: (409, "write_refused"),
    UnknownQueryError: (500, "unknown_query"),
    BadParameterError: (422, "invalid_parameter"),
    QueryRefusedError: (400, "query_refused"),
    QueryInvalidError: (400, "query_invalid"),
    QueryTimeoutError: (408, "query_timeout"),
    AnalystBusyError: (429, "analyst_busy"),
}
"""Status and code of each error class; a class not listed takes its nearest listed ancestor's."""

HTTP_ERRORS = {404: "not_found", 405: "method_not_allowed"}
"""The error code of each status Starlette answers by itself; any other is ``invalid_request``."""


class Refusal(HTTPException):
    """An error raised where FastAPI lets only ``HTTPException`` through: while it reads a body.

    FastAPI answers any other exception raised while it parses a body with a 400 of its own; this
    carries the error to :func:`add_handlers`, which answers it from :data:`STATUSES` like any.
    """

    def __init__(self, error: MinutesKGError) -> None:
        super().__init__(status_of(error)[0], str(error))
        self.error = error


class ErrorBody(BaseModel):
    """An error: a short code and a message for people."""

    error: str
    message: str


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}


def status_of(error: MinutesKGError) -> tuple[int, str]:
    """Return the status and code of ``error``: those of its nearest class in :data:`STATUSES`.

    >>> status_of(UnknownEndError("x")), status_of(StoreUnavailableError("down"))
    ((404, 'not_found'), (503, 'store_unavailable'))
    """
    return next(STATUSES[cls] for cls in type(error).__mro__ if cls in STATUSES)


def answer(error: MinutesKGError, headers: dict[str, str] | None = None) -> JSONResponse:
    """Return the JSON answer to ``error``, with ``Retry-After`` where waiting helps."""
    status, code = status_of(error)
    headers = dict(headers or {})
    if isinstance(error, StoreUnavailableError):
        # The embedded server is started again by the next request; Neo4j may take longer.
        headers["Retry-After"] = str(RETRY_AFTER_S)
    elif isinstance(error, AnalystBusyError):
        headers["Retry-After"] = str(error.retry_after_s)
    if status >= 500 and not isinstance(error, StoreUnavailableError):
        logger.error("answered %s %s: %s", status, code, error)
    return JSONResponse({"error": code, "message": str(error)}, status_code=status, headers=headers)


def missing(what: str, node_id: str) -> NoReturn:
    """Raise the error for an id that names no ``what`` (answered 404)."""
    raise NotFoundError(f"no {what} with id {node_id!r}; find ids with GET /api/search?q=…")


def check_key(settings: Settings, key: str | None) -> None:
    """Refuse a write when an API key is set and ``key`` is not it.

    Raises:
        UnauthorizedError: the key is set and ``key`` differs (answered 401).
    """
    expected = settings.api_key.get_secret_value() if settings.api_key else ""
    if expected and not hmac.compare_digest(expected.encode(), (key or "").encode()):
        raise UnauthorizedError("writes need the API key: send it in the X-API-Key header")


def check_sizes(settings: Settings, files: list[UploadFile]) -> None:
    """Refuse an upload holding a file over the size limit, naming the first one.

    Raises:
        TooLargeError: a file is over ``MKG_MAX_UPLOAD_MB`` (answered 413).
    """
    limit = settings.max_upload_mb * MEGABYTE
    for file in files:
        if file.size is not None and file.size > limit:
            raise TooLargeError(
                f"{file.filename}: {file.size / MEGABYTE:.1f} MB is over the upload limit of "
                f"{settings.max_upload_mb:g} MB (MKG_MAX_UPLOAD_MB); nothing was loaded"
            )


def add_handlers(app: FastAPI) -> None:
    """Answer every error in the one shape: domain errors, Starlette's, validation, and bugs."""

    @app.exception_handler(MinutesKGError)
    async def known(_: Request, error: MinutesKGError) -> JSONResponse:
        return answer(error)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, error: Exception) -> JSONResponse:
        # A bug: answer JSON like every other error, never the exception's text.
        message = "the server failed to answer this request; its log has the details"
        return JSONResponse({"error": "internal_error", "message": message}, status_code=500)

    @app.exception_handler(Refusal)
    async def refused(_: Request, error: Refusal) -> JSONResponse:
        return answer(error.error, headers={"Connection": "close"})

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, error: HTTPException) -> JSONResponse:
        # Starlette's own refusals (no such route, a body it cannot parse) in the documented shape.
        code = HTTP_ERRORS.get(error.status_code, "invalid_request")
        body = {"error": code, "message": str(error.detail)}
        return JSONResponse(body, status_code=error.status_code, headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        message = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        return JSONResponse({"error": "invalid_request", "message": message}, status_code=422)
