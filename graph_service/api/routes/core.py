"""Health and statistics."""

from __future__ import annotations

from fastapi import APIRouter

from graph_service.api.deps import StoreDep
from graph_service.graph_models import GraphStats

router = APIRouter()


@router.get("/health")
def health(store: StoreDep) -> dict[str, str]:
    """Whether the service is up and its store answers (a constant-time query)."""
    store.read_named("q_health")
    return {"status": "ok"}


@router.get("/api/stats")
def stats(store: StoreDep) -> GraphStats:
    """Node counts per label and edge counts per type."""
    return store.stats()
