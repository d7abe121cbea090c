"""One dependency per resource: the settings and the open store, both from the app's state."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import State

from graph_service.analyst.run import AnalystSlots
from graph_service.api.cache import AnswerCache
from graph_service.settings import Settings
from graph_service.stores.open import open_store
from graph_service.stores.protocol import GraphStore


async def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


async def get_store(request: Request) -> GraphStore:
    """The store opened by the app's lifespan, or opened now (in a thread) if it was down then.

    Raises:
        StoreUnavailableError: the store still cannot be reached (the API answers 503).
    """
    state = request.app.state
    if state.store is None:
        await run_in_threadpool(_open_once, state)
    store: GraphStore = state.store
    return store


def _open_once(state: State) -> None:
    """Open the store into ``state`` unless another request did so meanwhile."""
    with state.store_lock:
        if state.store is None:
            state.store = open_store(state.settings)


async def get_answer_cache(request: Request) -> AnswerCache:
    """The answers the process keeps per graph version."""
    answer_cache: AnswerCache = request.app.state.answer_cache
    return answer_cache


async def get_analyst_slots(request: Request) -> AnalystSlots:
    """The analyst query slots the app shares between its requests."""
    analyst_slots: AnalystSlots = request.app.state.analyst_slots
    return analyst_slots


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]

MAX_ID_CHARS = 500
"""Longest id a path takes (a node's id is its kind, its government and its name): 422 beyond."""
IdPath = Annotated[
    str, Path(min_length=1, max_length=MAX_ID_CHARS, description="an id, URL-encoded")
]

AnalystSlotsDep = Annotated[AnalystSlots, Depends(get_analyst_slots)]
AnswerCacheDep = Annotated[AnswerCache, Depends(get_answer_cache)]
