"""Follow-ups and feeds over HTTP: the three follow-up lists (JSON or CSV), their page, and the
Atom feeds of bureaus and initiatives.

- ``GET /api/followups/{stale-initiatives,plans-seen-once,unanswered-directives}``: JSON, or CSV
  with ``?format=csv``; parameters ``months``, ``as_of``, ``government``, ``limit``.
- ``GET /followups``: the page listing the three.
- ``GET /feeds/bureau/{id}.atom`` and ``GET /feeds/initiative/{id}.atom``: Atom feeds, the id
  URL-encoded as in the other routes.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypedDict

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import HTMLResponse

from graph_service.api.deps import IdPath, SettingsDep, StoreDep
from graph_service.api.errors import NOT_FOUND, missing
from graph_service.api.templates import render
from graph_service.export import feeds
from graph_service.export.followups import FollowupAnswer, to_csv
from graph_service.questions import followups
from graph_service.questions.answers_followups import (
    PlansSeenOnce,
    StaleInitiatives,
    UnansweredDirectives,
)
from graph_service.questions.asking import QuestionError
from graph_service.questions.followups import DEFAULT_LIMIT, DEFAULT_MONTHS, MAX_LIMIT, MAX_MONTHS

router = APIRouter(tags=["follow-ups"])
ListFormat = Literal["json", "csv"]
CSV_OR_JSON: dict[int | str, dict[str, Any]] = {200: {"content": {"text/csv": {}}}}
ATOM = "application/atom+xml; charset=utf-8"


class FollowupParams(TypedDict):
    """The parameters every follow-up list takes, as its question takes them."""

    months: int
    as_of: str | None
    government: str | None
    limit: int


def followup_params(
    months: Annotated[int, Query(ge=0, le=MAX_MONTHS, description="months without news")] = DEFAULT_MONTHS,
    as_of: Annotated[str | None, Query(max_length=40, description="reference date YYYY-MM-DD; default: the newest meeting of the government asked, else of the graph")] = None,
    government: Annotated[str | None, Query(max_length=200, description="only this government, e.g. 长宁区人民政府")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="most rows returned")] = DEFAULT_LIMIT,
) -> FollowupParams:  # fmt: skip
    """The parameters every follow-up list takes."""
    return {"months": months, "as_of": as_of or None, "government": government or None,
            "limit": limit}  # fmt: skip


ParamsDep = Annotated[FollowupParams, Depends(followup_params)]


def _answer(answer: FollowupAnswer, format: ListFormat, name: str) -> FollowupAnswer | Response:
    """Return the answer itself for JSON, or its CSV as a download."""
    if format == "json":
        return answer
    disposition = f'attachment; filename="followups-{name}.csv"'
    return Response(to_csv(answer), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": disposition})  # fmt: skip


@router.get("/api/followups/stale-initiatives", response_model=StaleInitiatives,
            responses=CSV_OR_JSON)  # fmt: skip
def stale_initiatives(
    store: StoreDep, params: ParamsDep, format: ListFormat = "json"
) -> FollowupAnswer | Response:
    """Initiatives with no report or agenda entry for `months` months before `as_of`."""
    found = followups.stale_initiatives(store, **params)
    return _answer(found, format, "stale-initiatives")


@router.get("/api/followups/plans-seen-once", response_model=PlansSeenOnce,
            responses=CSV_OR_JSON)  # fmt: skip
def plans_seen_once(
    store: StoreDep, params: ParamsDep, format: ListFormat = "json"
) -> FollowupAnswer | Response:
    """Plans on the agenda of one meeting only, that meeting `months` or more before `as_of`."""
    found = followups.plans_seen_once(store, **params)
    return _answer(found, format, "plans-seen-once")


@router.get("/api/followups/unanswered-directives", response_model=UnansweredDirectives,
            responses=CSV_OR_JSON)  # fmt: skip
def unanswered_directives(
    store: StoreDep, params: ParamsDep, format: ListFormat = "json"
) -> FollowupAnswer | Response:
    """Directives (to bureaus or collectives) no later report on their plan or initiative answered."""
    found = followups.unanswered_directives(store, **params)
    return _answer(found, format, "unanswered-directives")


@router.get("/followups", response_class=HTMLResponse, include_in_schema=False)
def followups_page(request: Request, store: StoreDep, params: ParamsDep) -> Response:
    """The follow-ups page: the three lists, with links to nodes, meetings and the CSV files."""
    try:
        page = followups.followups(store, **params)
    except QuestionError as failed:
        return render(request, "followups.html", 400, page=None, error=str(failed), params=params)
    return render(request, "followups.html", page=page, error=None, params=params)


@router.get("/feeds/{kind}/{node_id:path}.atom", responses={
    **NOT_FOUND, 200: {"content": {"application/atom+xml": {}}}})  # fmt: skip
def feed(kind: feeds.FeedKind, node_id: IdPath, store: StoreDep, settings: SettingsDep) -> Response:
    """The Atom feed of a bureau's or an initiative's reports and directives, newest first."""
    found = feeds.feed(store, kind, node_id)
    if found is None:
        return missing(kind, node_id)
    # Links come from the setting, never from the request's Host header, which the client chooses.
    return Response(feeds.to_atom(found, settings.base_url), media_type=ATOM)
