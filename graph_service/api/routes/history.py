"""Change history over HTTP: the loads, what each changed, and how fresh the graph is."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from graph_service.api.deps import IdPath, StoreDep
from graph_service.errors import NotFoundError
from graph_service.loading import history
from graph_service.loading.history import Freshness, LoadDiff, LoadRecord

router = APIRouter(prefix="/api", tags=["history"])


def _missing(load_id: str) -> Any:
    raise NotFoundError(f"no load with id {load_id!r}; list them with GET /api/loads")


@router.get("/loads")
def loads(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    skip: Annotated[int, Query(ge=0)] = 0,
) -> list[LoadRecord]:
    """Loads, newest first: who, when, through what (cli, api, review) and the counts."""
    return history.loads(store, limit=limit, skip=skip)


@router.get("/loads/{load_id}", response_model=LoadRecord)
def load(load_id: IdPath, store: StoreDep) -> Any:
    """One load with what it did to each file."""
    return history.load(store, load_id) or _missing(load_id)


@router.get("/loads/{load_id}/diff", response_model=LoadDiff)
def diff(
    load_id: IdPath, store: StoreDep, limit: Annotated[int, Query(ge=1, le=10000)] = 1000
) -> Any:
    """The facts a load added (those still in the graph) and removed, with their sentences."""
    return history.diff(store, load_id, limit=limit) or _missing(load_id)


@router.get("/freshness")
def freshness(store: StoreDep) -> Freshness:
    """The newest meeting in the graph and when (and by whom) it was last loaded."""
    return history.freshness(store)
