"""The FastAPI application: lifespan opens and closes the store; routers hold the routes."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import unquote_plus

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from graph_service.analyst.run import AnalystSlots, retry_after
from graph_service.api.cache import AnswerCache
from graph_service.api.errors import add_handlers, answer
from graph_service.api.guard import GuardRequests
from graph_service.api.routes import (
    api_docs,
    core,
    cypher,
    documents,
    followups,
    graph,
    history,
    pages,
    question_pages,
    recurring,
    review,
    schema,
    views,
)
from graph_service.errors import MalformedRequestError, StoreUnavailableError
from graph_service.settings import Settings
from graph_service.stores.open import open_store

logger = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; the store opens when the app starts and closes when it stops."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        app.state.store_lock = threading.Lock()
        app.state.answer_cache = AnswerCache(settings.answer_cache_mb)
        app.state.analyst_slots = AnalystSlots(
            settings.cypher_slots, retry_after_s=retry_after(settings.cypher_timeout_s)
        )
        try:
            app.state.store = open_store(settings)
        except StoreUnavailableError as error:
            # Serve anyway: requests answer 503 until the store can be reached (see deps.get_store).
            logger.warning("starting without the store, answering 503 until it is back: %s", error)
            app.state.store = None
        try:
            yield
        finally:
            if app.state.store is not None:
                app.state.store.close()

    app = FastAPI(
        title="Minutes KG",
        summary="A knowledge graph of government executive-meeting minutes, every fact with its source sentence.",
        lifespan=lifespan,
        docs_url=None,  # served by routes/api_docs.py with local files instead of CDNs
        redoc_url=None,
    )
    # Innermost of the middleware: the key and the size are checked before the body is read.
    app.add_middleware(GuardRequests, settings=settings)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"]
        )
    # Graph pages carry their nodes and sentences as JSON: compressed, they weigh a tenth.
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    add_handlers(app)
    app.add_middleware(RefuseNul)
    routers = (core, graph, documents, cypher, schema, pages, question_pages, views,
               review, history, recurring, api_docs)  # fmt: skip
    for module in routers:
        app.include_router(module.router)
    app.include_router(followups.router)
    return app


class RefuseNul:
    """Answer 400 to a path or query string holding a NUL character, before any route runs.

    No name, id or search holds one, and FalkorDB cannot carry one in a query parameter: it would
    otherwise fail inside the store and be reported as the store being down. A plain ASGI
    middleware: Starlette's ``@app.middleware("http")`` costs a task and a stream per request.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and _holds_nul(scope):
            message = "the address holds a NUL character (%00): remove it from the path and query"
            await answer(MalformedRequestError(message))(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _holds_nul(scope: dict[str, Any]) -> bool:
    """Return whether the request's path or query string holds a NUL, written or %-encoded.

    >>> _holds_nul({"path": "/api/search", "query_string": b"q=%00"})
    True
    >>> _holds_nul({"path": "/api/search", "query_string": b"q=%E5%B1%80"})
    False
    """
    query = scope.get("query_string", b"").decode("latin-1")
    return any("\x00" in text for text in (scope["path"], unquote_plus(query)))
