"""Routes filled in by their module's owner."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
