"""One dependency per resource: the settings and the open store, both from the app's state."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from graph_service.settings import Settings
from graph_service.store import GraphStore


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


def get_store(request: Request) -> GraphStore:
    """The store opened by the app's lifespan."""
    return request.app.state.store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
