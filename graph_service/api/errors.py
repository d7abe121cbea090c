"""The API's error answers: ``{"error": code, "message": text}``, as the README documents."""

from __future__ import annotations

import hmac
from typing import Any

from fastapi import UploadFile
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from graph_service.settings import Settings

MEGABYTE = 1024 * 1024


class ErrorBody(BaseModel):
    """An error: a short code and a message for people."""

    error: str
    message: str


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}


def missing(what: str, node_id: str) -> JSONResponse:
    """Return the 404 answer for an id that names no ``what``."""
    message = f"no {what} with id {node_id!r}; find ids with GET /api/search?q=…"
    return JSONResponse({"error": "not_found", "message": message}, status_code=404)


def unauthorized(settings: Settings, key: str | None) -> JSONResponse | None:
    """Return a 401 answer when an API key is set and ``key`` is not it, else ``None``."""
    expected = settings.api_key.get_secret_value() if settings.api_key else ""
    if not expected or hmac.compare_digest(expected.encode(), (key or "").encode()):
        return None
    message = "writes need the API key: send it in the X-API-Key header"
    return JSONResponse({"error": "unauthorized", "message": message}, status_code=401)


def too_large(settings: Settings, files: list[UploadFile]) -> JSONResponse | None:
    """Return a 413 answer naming the first file over the size limit, else ``None``."""
    limit = settings.max_upload_mb * MEGABYTE
    for file in files:
        if file.size is not None and file.size > limit:
            message = (
                f"{file.filename}: {file.size / MEGABYTE:.1f} MB is over the upload limit of "
                f"{settings.max_upload_mb:g} MB (MKG_MAX_UPLOAD_MB); nothing was loaded"
            )
            return JSONResponse({"error": "too_large", "message": message}, status_code=413)
    return None
