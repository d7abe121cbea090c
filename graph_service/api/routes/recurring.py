"""Recurring initiatives over HTTP: ``GET /api/recurring-initiatives`` (JSON, or CSV with
``?format=csv``) and the page ``GET /recurring``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse

from graph_service.api.deps import StoreDep
from graph_service.api.templates import render
from graph_service.export.recurring import to_csv
from graph_service.questions import recurring
from graph_service.questions.asking import QuestionError
from graph_service.questions.governments import governments

router = APIRouter(tags=["recurring initiatives"])
MinMeetings = Annotated[
    int, Query(ge=2, le=1000, description="fewest meetings to count as recurring")
]
Government = Annotated[
    str | None,
    Query(max_length=200, description="only this government; choices: GET /api/governments"),
]
Limit = Annotated[int, Query(ge=1, le=1000, description="most rows returned")]


@router.get("/api/recurring-initiatives", response_model=recurring.RecurringInitiatives,
            responses={200: {"content": {"text/csv": {}}}})  # fmt: skip
def recurring_initiatives(store: StoreDep, min_meetings: MinMeetings = 2,
                          government: Government = None, limit: Limit = 100,
                          format: Literal["json", "csv"] = "json") -> Any:  # fmt: skip
    """Initiatives on the agenda of at least `min_meetings` meetings: how often, over what span."""
    found = recurring.recurring_initiatives(store, min_meetings, government, limit)
    if format == "json":
        return found
    disposition = 'attachment; filename="recurring-initiatives.csv"'
    return Response(to_csv(found), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": disposition})  # fmt: skip


@router.get("/recurring", response_class=HTMLResponse, include_in_schema=False)
def recurring_page(request: Request, store: StoreDep, min_meetings: MinMeetings = 2,
                   government: Government = None) -> Response:  # fmt: skip
    """The recurring initiatives page, with links to its JSON and CSV."""
    gov = (government or "").strip() or None
    values: dict[str, Any] = {"min_meetings": min_meetings, "government": gov, "answer": None,
                              "error": None, "query_string": f"min_meetings={min_meetings}",
                              "governments": [g.government for g in governments(store).governments]}  # fmt: skip
    try:
        values["answer"] = recurring.recurring_initiatives(store, min_meetings, gov)
    except QuestionError as failed:
        values["error"] = str(failed)
    return render(request, "recurring.html", **values)
