"""The web pages for analysts: home, node, subgraph, meeting, initiative and the Cypher console.

Pages are HTML rendered on the server from the named questions (templates in ``viz/templates``,
autoescaped); their scripts and the vis-network bundle are served under ``/assets`` by the app
itself. Ids go in the path URL-encoded, as in the JSON API.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from graph_service.analyst.guard import MAX_QUERY_CHARS
from graph_service.api.deps import IdPath, SettingsDep, StoreDep
from graph_service.api.templates import render
from graph_service.graph_models import NodeLabel
from graph_service.pages import console as pages_console
from graph_service.pages import graph as pages
from graph_service.pages import review as pages_review
from viz.render import asset

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Depth = Annotated[int, Query(ge=1, le=3, description="hops from the node")]
Cap = Annotated[int, Query(ge=1, le=pages.MAX_CAP, description="most nodes shown")]
# Empty is allowed: the home page's date field sends as_of= when left blank.
AsOf = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="YYYY-MM-DD")]


def not_found(request: Request, what: str, node_id: str) -> Response:
    """Return the page saying that no ``what`` has this id."""
    return render(request, "not_found.html", 404, what=what, node_id=node_id)


@router.get("/")
def home(request: Request, store: StoreDep,
         q: Annotated[str | None, Query(max_length=100)] = None,
         label: Annotated[NodeLabel | Literal[""] | None, Query()] = None, as_of: AsOf = None,
         government: Annotated[str | None, Query(max_length=200)] = None) -> Response:  # fmt: skip
    """The home page: counts, search, the latest meetings and how fresh the graph is."""
    # The form sends label= for "全部类型": an empty choice is no filter.
    page = pages.home_page(store, (q or "").strip() or None, label or None, as_of or None,
                           government)  # fmt: skip
    return render(request, "home.html", page=page, q=q or "", label=label)


@router.get("/nodes/{node_id:path}")
def node(request: Request, node_id: IdPath, store: StoreDep, depth: Depth = 1,
         limit: Cap = pages.DEFAULT_CAP, as_of: AsOf = None) -> Response:  # fmt: skip
    """A node's page: properties, aliases, edges with evidence, timeline and its subgraph."""
    page = pages.node_page(store, node_id, depth=depth, cap=limit, as_of=as_of or None)
    if page is None:
        return not_found(request, "节点", node_id)
    return render(request, "node.html", page=page, depth=depth)


@router.get("/initiatives/{node_id:path}")
def initiative(request: Request, node_id: IdPath, store: StoreDep, as_of: AsOf = None) -> Response:
    """An initiative's page: its co-owning bureaus with roles and evidence, and its subgraph."""
    page = pages.node_page(store, node_id, as_of=as_of or None)
    if page is None or page.owners is None:
        return not_found(request, "工作事项", node_id)
    return render(request, "node.html", page=page, depth=1)


@router.get("/graph/{node_id:path}")
def graph(request: Request, node_id: IdPath, store: StoreDep, depth: Depth = 1,
          limit: Cap = pages.DEFAULT_CAP, as_of: AsOf = None) -> Response:  # fmt: skip
    """The subgraph around a node on a page of its own."""
    view = pages.graph_view(store, node_id, depth=depth, cap=limit, as_of=as_of or None)
    if view is None:
        return not_found(request, "节点", node_id)
    return render(request, "graph.html", view=view, depth=depth)


@router.get("/meetings/{node_id:path}")
def meeting(request: Request, node_id: IdPath, store: StoreDep, as_of: AsOf = None) -> Response:
    """A meeting's page: items, reports and directives, each sentence marked in the minutes."""
    page = pages.meeting_page(store, node_id, as_of or None)
    if page is None:
        return not_found(request, "会议", node_id)
    return render(request, "meeting.html", page=page)


@router.get("/cypher")
def console(request: Request, store: StoreDep, settings: SettingsDep,
            q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)] = None,
            params: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)] = None) -> Response:  # fmt: skip
    """The Cypher console: editor, saved questions, history, schema, results as a table and a
    graph; a query in the address (``?q=…&params=…``) is run on opening."""
    page = pages_console.console_page(store, settings, (q or "").strip() or None, params)
    return render(request, "console.html", page=page)


@router.get("/review")
def review_page(request: Request, store: StoreDep, settings: SettingsDep,
                government: Annotated[str | None, Query(max_length=100)] = None) -> Response:  # fmt: skip
    """The curator's page: unresolved bureau names, decisions taken, recent loads."""
    page = pages_review.review_page(store, settings, (government or "").strip() or None)
    return render(request, "review.html", page=page)


@router.get("/assets/{name:path}")
def static_asset(name: str) -> Response:
    """A stylesheet, script or font of the pages, or a bundle they load (vis-network, Swagger UI)."""
    found = asset(name)
    if found is None:
        return Response("no such asset", status_code=404, media_type="text/plain")
    path, media_type = found
    return FileResponse(path, media_type=media_type,
                        headers={"Cache-Control": "public, max-age=3600"})  # fmt: skip


@router.get("/sentences")
def sentences(request: Request, store: StoreDep,
              q: Annotated[str | None, Query(max_length=100)] = None,
              government: Annotated[str | None, Query(max_length=200)] = None) -> Response:  # fmt: skip
    """Every sentence of the minutes containing some words, across governments, highlighted."""
    page = pages.sentences_page(
        store, (q or "").strip() or None, (government or "").strip() or None
    )
    return render(request, "sentences.html", q=q or "", **page)
