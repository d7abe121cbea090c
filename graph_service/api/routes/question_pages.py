"""The pages that ask one question from a form: bureau network analytics (with CSV), finding a
meeting, and a path between two names. Each has a JSON route in the API beside it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from graph_service.api.deps import StoreDep
from graph_service.api.templates import render
from graph_service.export.analytics import to_csv
from graph_service.pages import finding
from graph_service.questions import network
from graph_service.questions.graph import MAX_PATH_HOPS

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Government = Annotated[str | None, Query(max_length=200)]
Text = Annotated[str | None, Query(max_length=500)]


def _given(value: str | None) -> str | None:
    return (value or "").strip() or None


@router.get("/analytics")
def analytics(request: Request, store: StoreDep, government: Government = None) -> Response:
    """The bureau network: each bureau's degree, betweenness and community, per government."""
    page = finding.analytics_page(store, _given(government))
    status = 422 if page["error"] else 200
    return render(request, "analytics.html", status, **page)


@router.get("/analytics.csv")
def analytics_csv(store: StoreDep, government: Government = None) -> Response:
    """The bureau network's measures as CSV (UTF-8 with a byte-order mark)."""
    answer = network.bureau_network(store, government=_given(government))
    disposition = 'attachment; filename="bureau-network.csv"'
    return Response(to_csv(answer), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": disposition})  # fmt: skip


@router.get("/meetings")
def find_meetings(
    request: Request, store: StoreDep,
    date: Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$")] = None,
    doc_number: Annotated[str | None, Query(max_length=100)] = None,
    ordinal: Annotated[str | None, Query(pattern=r"^\d{0,5}$")] = None,
    government: Government = None,
) -> Response:  # fmt: skip
    """Find a meeting by date, 文号 or ordinal (a form left blank is no criterion)."""
    page = finding.meetings_page(store, _given(date), _given(doc_number),
                                 int(ordinal) if ordinal else None, _given(government))  # fmt: skip
    return render(request, "find_meetings.html", 422 if page["error"] else 200, **page)


@router.get("/path")
def path(
    request: Request, store: StoreDep, source: Annotated[Text, Query(alias="from")] = None,
    target: Annotated[Text, Query(alias="to")] = None, government: Government = None,
    max_hops: Annotated[int, Query(ge=1, le=MAX_PATH_HOPS)] = 4,
) -> Response:  # fmt: skip
    """The shortest paths between two names (with their government) or ids, with evidence."""
    page = finding.path_page(store, _given(source), _given(target), _given(government), max_hops)
    return render(request, "path.html", 422 if page["error"] else 200, **page)
