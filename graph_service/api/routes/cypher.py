"""Analyst Cypher: read-only queries with a time limit and a row cap."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from graph_service.analyst.guard import MAX_QUERY_CHARS
from graph_service.analyst.run import AnalystResult, run_analyst_query
from graph_service.api.deps import AnalystSlotsDep, SettingsDep, StoreDep

router = APIRouter()


class CypherRequest(BaseModel):
    """One read-only Cypher statement and the values of its ``$parameters``."""

    query: str = Field(
        min_length=1,
        max_length=MAX_QUERY_CHARS,
        examples=["MATCH (b:Bureau)-[r:REPORTED]->(i) WHERE b.name = $name RETURN i.name, r.role"],
    )
    params: dict[str, Any] = Field(default_factory=dict, examples=[{"name": "区建设管理委"}])


class ErrorAnswer(BaseModel):
    """Why a query was refused (``query_refused``), unreadable (``query_invalid``) or stopped."""

    error: str = Field(examples=["query_refused"])
    message: str = Field(examples=["DELETE is not allowed: analyst queries only read the graph"])


@router.post(
    "/api/cypher",
    responses={
        400: {"model": ErrorAnswer},
        408: {"model": ErrorAnswer},
        429: {"model": ErrorAnswer},
    },
)
def run_cypher(
    request: CypherRequest, store: StoreDep, settings: SettingsDep, slots: AnalystSlotsDep
) -> AnalystResult:
    """Run read-only analyst Cypher with the configured time limit, row cap and query slots.

    A refused query answers 400 (query_invalid when the database cannot read it), one stopped at the time limit 408, and one beyond the free
    slots 429 with Retry-After (see api.errors).
    """
    return run_analyst_query(store, request.query, request.params,
                             timeout_s=settings.cypher_timeout_s,
                             max_rows=settings.cypher_max_rows, slots=slots)  # fmt: skip
