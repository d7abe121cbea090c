"""Analyst Cypher: read-only queries with a time limit and a row cap."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from graph_service.analyst.guard import MAX_QUERY_CHARS
from graph_service.analyst.run import AnalystResult, run_analyst_query
from graph_service.api.deps import AnalystSlotsDep, SettingsDep, StoreDep
from graph_service.errors import (
    AnalystBusyError,
    QueryInvalidError,
    QueryRefusedError,
    QueryTimeoutError,
)

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
    """Run read-only analyst Cypher with the configured time limit, row cap and query slots."""
    try:
        return run_analyst_query(store, request.query, request.params,
                                 timeout_s=settings.cypher_timeout_s,
                                 max_rows=settings.cypher_max_rows, slots=slots)  # fmt: skip
    except AnalystBusyError as error:
        headers = {"Retry-After": str(error.retry_after_s)}
        return _error(429, "analyst_busy", error, headers)
    except QueryTimeoutError as error:
        return _error(408, "query_timeout", error)
    except QueryInvalidError as error:
        return _error(400, "query_invalid", error)
    except QueryRefusedError as error:
        return _error(400, "query_refused", error)


def _error(status: int, code: str, error: Exception, headers: dict[str, str] | None = None) -> Any:
    body = {"error": code, "message": str(error)}
    return JSONResponse(body, status_code=status, headers=headers)
