"""Uploading minutes: each file extracted and loaded, with a report of what changed."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, UploadFile

from graph_service.api.deps import SettingsDep, StoreDep
from graph_service.api.errors import check_sizes
from graph_service.loading.run import LoadReport, load_uploads

router = APIRouter()
REFUSALS: dict[int | str, dict[str, Any]] = {
    401: {"description": "MKG_API_KEY is set and X-API-Key is missing or wrong"},
    403: {"description": "no MKG_API_KEY: writes are closed (see MKG_OPEN_WRITES)"},
    413: {
        "description": "a file is over MKG_MAX_UPLOAD_MB, or the request over MKG_MAX_REQUEST_MB"
    },
}


@router.post("/api/documents", response_model=LoadReport, responses=REFUSALS)
def upload_documents(files: list[UploadFile], store: StoreDep, settings: SettingsDep) -> LoadReport:
    """Extract and load uploaded minutes files; answers per file what was found and what changed."""
    # The key was checked before the body was read (api.guard); the sizes are known only now.
    check_sizes(settings, files)
    # Each file is read from its spooled copy only when its turn comes: one file at a time in memory.
    return load_uploads(store, [(file.filename or "", file.file.read) for file in files])
