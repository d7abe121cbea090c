"""Uploading minutes: each file extracted and loaded, with a report of what changed."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Header, UploadFile
from fastapi.responses import JSONResponse

from graph_service.api.deps import SettingsDep, StoreDep
from graph_service.loading import LoadReport, load_uploads
from graph_service.settings import Settings

router = APIRouter()
MEGABYTE = 1024 * 1024
REFUSALS = {
    401: {"description": "MKG_API_KEY is set and X-API-Key is missing or wrong"},
    413: {"description": "a file is larger than MKG_MAX_UPLOAD_MB"},
}


@router.post("/api/documents", response_model=LoadReport, responses=REFUSALS)
def upload_documents(
    files: list[UploadFile],
    store: StoreDep,
    settings: SettingsDep,
    x_api_key: Annotated[str | None, Header()] = None,
) -> LoadReport | JSONResponse:
    """Extract and load uploaded minutes files; answers per file what was found and what changed."""
    refusal = unauthorized(settings, x_api_key) or too_large(settings, files)
    if refusal is not None:
        return refusal
    return load_uploads(store, [(file.filename or "", file.file.read()) for file in files])


def unauthorized(settings: Settings, key: str | None) -> JSONResponse | None:
    """Return a 401 answer when an API key is set and ``key`` is not it, else ``None``."""
    expected = settings.api_key.get_secret_value() if settings.api_key else ""
    if not expected or hmac.compare_digest(expected.encode(), (key or "").encode()):
        return None
    message = "uploads need the API key: send it in the X-API-Key header"
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
