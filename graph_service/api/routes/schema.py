"""The graph's schema, for writing Cypher: what the console lists beside its editor."""

from __future__ import annotations

from fastapi import APIRouter

from graph_service.api.deps import StoreDep
from graph_service.pages.console import ConsoleSchema, schema

router = APIRouter(prefix="/api", tags=["cypher"])


@router.get("/schema")
def graph_schema(store: StoreDep) -> ConsoleSchema:
    """Node labels and relationship types with their counts and property keys, and the values of
    `kind` on RELATED_TO edges: the names an analyst query can use."""
    return schema(store)
