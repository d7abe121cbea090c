"""What a request must show before its body is read: the key or an open write, and its size.

FastAPI reads a multipart or JSON body before any dependency or route runs, so a request without
the key would be received, spooled to disk and parsed before its 401. :class:`GuardRequests` is a
plain ASGI middleware that decides from the headers alone, then lets the body through only up to
``MKG_MAX_REQUEST_MB``, counting what arrives (a chunked body has no ``Content-Length``).

Writes are every method but GET, HEAD and OPTIONS, on every path but the read-only analyst
console. With ``MKG_API_KEY`` set they need it in ``X-API-Key``. Without a key they are refused
unless ``MKG_OPEN_WRITES`` opens them, and then only to a same-origin request that sends
``X-Requested-With``: a page on another site can send a simple form POST without asking, but not
that header, so it cannot write.
"""

from __future__ import annotations

from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_service.api.errors import MEGABYTE, Refusal, answer, check_key
from graph_service.errors import (
    CrossSiteWriteError,
    MalformedRequestError,
    TooLargeError,
    WriteHeaderMissingError,
    WriteRefusedError,
    WritesClosedError,
)
from graph_service.settings import Settings
from loaders.errors import MinutesKGError

READ_ONLY_POSTS = frozenset({"/api/cypher", "/views/graph"})
"""POST routes that only read: the analyst console, and drawing its result as a graph."""
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
WRITE_HEADER = "x-requested-with"
"""The header an open write must carry: a cross-site form cannot send it without a preflight."""
SAME_SITE = frozenset({"same-origin", "none"})


class GuardRequests:
    """Refuse, from the headers alone, a write without the key and a body over the size cap."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.cap = int(settings.max_request_mb * MEGABYTE)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        refusal = write_refusal(self.settings, scope, headers) or too_long(headers, self.cap)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.app(scope, capped(receive, self.cap), send)


def _refuse(error: MinutesKGError) -> JSONResponse:
    # The body is left unread: the connection is closed after the answer.
    return answer(error, headers={"Connection": "close"})


def too_long(headers: Headers, cap: int) -> JSONResponse | None:
    """Return a 413 (or 400) answer when ``Content-Length`` is over ``cap`` (or not a number).

    >>> too_long(Headers({"content-length": "300000000"}), 1000).status_code
    413
    >>> too_long(Headers({"content-length": "12"}), 1000) is None
    True
    >>> too_long(Headers({"content-length": "12 MB"}), 1000).status_code
    400
    """
    length = headers.get("content-length")
    if length is None:
        return None
    if not length.isdigit():
        return _refuse(MalformedRequestError(f"Content-Length {length[:40]!r} is not a number"))
    if int(length) > cap:
        return _refuse(TooLargeError(_over(int(length), cap)))
    return None


def _over(size: int, cap: int) -> str:
    return (f"the request of {size / MEGABYTE:.1f} MB is over the limit of {cap / MEGABYTE:g} MB "
            "per request (MKG_MAX_REQUEST_MB); send fewer files at a time")  # fmt: skip


def is_write(scope: Scope) -> bool:
    """Return whether a request may change the graph.

    >>> is_write({"method": "POST", "path": "/api/documents"})
    True
    >>> is_write({"method": "POST", "path": "/api/cypher"}), is_write({"method": "GET", "path": "/"})
    (False, False)
    """
    return scope["method"] not in SAFE_METHODS and scope["path"] not in READ_ONLY_POSTS


def write_refusal(settings: Settings, scope: Scope, headers: Headers) -> JSONResponse | None:
    """Return the 401 or 403 answer to a write that may not go through, else ``None``.

    The one place the API key is checked: routes that write take no key of their own.
    """
    try:
        check_write(settings, scope, headers)
    except WriteRefusedError as error:
        return _refuse(error)
    return None


def check_write(settings: Settings, scope: Scope, headers: Headers) -> None:
    """Refuse a write without the key (when one is set) or one that open writes do not take.

    Raises:
        WriteRefusedError: the subclass named for the reason (401 or 403).
    """
    if not is_write(scope):
        return
    if settings.api_key is not None:
        check_key(settings, headers.get("x-api-key"))
    elif not settings.open_writes:
        raise WritesClosedError(
            "writes are closed: set MKG_API_KEY and send it in the X-API-Key header, or set "
            "MKG_OPEN_WRITES=1 to let same-origin requests write without a key"
        )
    elif cross_site(scope, headers):
        raise CrossSiteWriteError("writes are accepted only from this site's own pages")
    elif WRITE_HEADER not in headers:
        raise WriteHeaderMissingError(
            "open writes need the header X-Requested-With (any value), which a form on another "
            "site cannot send"
        )


def cross_site(scope: Scope, headers: Headers) -> bool:
    """Return whether the browser says the request comes from another site.

    >>> scope = {"scheme": "http"}
    >>> cross_site(scope, Headers({"host": "a:8000", "origin": "http://b.example"}))
    True
    >>> cross_site(scope, Headers({"host": "a:8000", "origin": "http://a:8000",
    ...                            "sec-fetch-site": "same-origin"}))
    False
    """
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site not in SAME_SITE:
        return True
    origin = headers.get("origin")
    own = f"{scope.get('scheme', 'http')}://{headers.get('host', '')}"
    return origin is not None and origin != own


def capped(receive: Receive, cap: int) -> Receive:
    """Return ``receive`` that raises 413 once more than ``cap`` body bytes have arrived."""
    seen = 0

    async def receive_capped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > cap:
                raise Refusal(TooLargeError(_over(seen, cap)))
        return message

    return receive_capped
