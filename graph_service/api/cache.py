"""Answers cached per graph version and served with an ETag: exact, in every process.

Every write gives the graph a new version, stored in the graph itself in the write's own
transaction (:func:`graph_service.stores.base.versioned`). A cached answer is kept with the
version it was built at and served only while the graph still has that version, so it is never
stale, whichever process (another API worker, a CLI load, a curator) changed the graph. Each
answer carries the version as its ``ETag``; a client sending it back in ``If-None-Match`` is
answered ``304 Not Modified`` until the graph changes. Reading the version is one small query
per request, far cheaper than the answer it spares.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from fastapi import Request, Response
from pydantic import BaseModel

from graph_service.stores.protocol import GraphStore

MEGABYTE = 1024 * 1024


class AnswerCache:
    """The JSON answers of one process, by request and graph version, least recently used out.

    Args:
        max_mb: most megabytes of answers kept; 0 keeps none (every answer is built anew).

    >>> cache = AnswerCache(max_mb=1)
    >>> cache.put("/api/x", "v1", b"{}"); cache.get("/api/x", "v1"), cache.get("/api/x", "v2")
    (b'{}', None)
    """

    def __init__(self, max_mb: float) -> None:
        self.max_bytes = int(max_mb * MEGABYTE)
        self._answers: OrderedDict[str, tuple[str, bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: str, version: str) -> bytes | None:
        """Return the answer cached for ``key`` at ``version``, or ``None``."""
        with self._lock:
            found = self._answers.get(key)
            if found is None or found[0] != version:
                return None
            self._answers.move_to_end(key)
            return found[1]

    def put(self, key: str, version: str, body: bytes) -> None:
        """Keep ``body`` as the answer for ``key`` at ``version``, dropping the oldest beyond the size."""
        if len(body) > self.max_bytes:
            return
        with self._lock:
            old = self._answers.pop(key, None)
            self._bytes += len(body) - (len(old[1]) if old else 0)
            self._answers[key] = (version, body)
            while self._bytes > self.max_bytes:
                self._bytes -= len(self._answers.popitem(last=False)[1][1])

    def answer(
        self,
        request: Request,
        store: GraphStore,
        build: Callable[[], BaseModel | None],
        missing: Callable[[], Response],
    ) -> Response:
        """Return the answer to ``request``: 304, cached, or built by ``build`` and cached.

        The version is read before the answer is built: an answer built while a write lands
        is kept under the older version, never the newer one. The routes calling this stay
        sync (FastAPI runs them in a thread), since reading the version blocks: with the read
        on the event loop instead, repeated questions measured 1,150 requests/s against
        1,400 (2 workers, wrk, 32 connections), each worker waiting for one read at a time.

        Args:
            request: the request; its path and query string are the cache key.
            store: the store, for the graph's version.
            build: builds the answer, or ``None`` when what it is about does not exist.
            missing: the answer when ``build`` gives ``None`` (not cached).
        """
        version = store.graph_version()
        etag = f'W/"{version}"'
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if etag_matches(request.headers.get("if-none-match"), etag):
            return Response(status_code=304, headers=headers)
        key = f"{request.url.path}?{request.url.query}"
        body = self.get(key, version)
        if body is None:
            built = build()
            if built is None:
                return missing()
            body = built.model_dump_json().encode()
            self.put(key, version, body)
        return Response(body, media_type="application/json", headers=headers)


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """Return whether an ``If-None-Match`` header names ``etag`` (weak comparison) or ``*``.

    >>> etag_matches('W/"a1", W/"b2"', 'W/"b2"'), etag_matches('"b2"', 'W/"b2"')
    (True, True)
    >>> etag_matches(None, 'W/"b2"'), etag_matches('W/"a1"', 'W/"b2"')
    (False, False)
    """
    if not if_none_match:
        return False
    opaque = etag.removeprefix("W/")
    tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in tags or opaque in tags
