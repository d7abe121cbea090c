"""The named questions over HTTP: search, nodes, co-owners, partners, meetings, paths, subgraphs,
timelines, the bureau network and exports.

Ids contain ``:`` and Chinese text; send them URL-encoded. A missing node answers 404 with
``{"error": "not_found", "message": …}``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from graph_service.api.deps import AnswerCacheDep, IdPath, StoreDep
from graph_service.api.errors import NOT_FOUND, missing
from graph_service.export import graph as export
from graph_service.graph_models import NodeLabel
from graph_service.questions import finding, governments, meetings, network, owners
from graph_service.questions import graph as questions
from graph_service.questions.answers import (
    BureauNetwork,
    BureauPartners,
    InitiativeBureaus,
    MeetingAnswer,
    NodeAnswer,
    Page,
    PathAnswer,
    SearchAnswer,
    SubgraphAnswer,
    Timeline,
)
from graph_service.questions.finding import FoundMeetings, SentenceAnswer
from graph_service.questions.governments import Governments
from graph_service.questions.owners import FIRST_PAGE
from graph_service.questions.paths import path_between
from graph_service.stores.protocol import GraphReader

router = APIRouter(prefix="/api", tags=["graph"])


NodeId = Annotated[str, Query(min_length=1, max_length=500, description="a node id")]
Depth = Annotated[int, Query(ge=1, le=3, description="hops from the node")]
Government = Annotated[str | None, Query(max_length=200, description=(
    "only this government, e.g. 长宁区人民政府; the choices: GET /api/governments"))]  # fmt: skip
MAX_LISTED = 1000
"""Most items of one kind a paged answer lists at once."""
Limit = Annotated[int, Query(ge=1, le=MAX_LISTED, description="how many to list")]
Offset = Annotated[int, Query(ge=0, description="how many to skip, for the next page")]
End = "a node id, or a name or alias (with government=… where several governments have it)"
OwnersQuestion = Callable[[GraphReader, str, str | None], InitiativeBureaus | BureauPartners | None]
"""A co-owners or partners question, its counts and page already given."""
AsOf = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description=(
    "YYYY-MM-DD: answer as the graph stood for meetings up to that date (undated facts left out)"))]  # fmt: skip


@router.get("/search", response_model=SearchAnswer)
def search(
    request: Request,
    store: StoreDep,
    cache: AnswerCacheDep,
    q: Annotated[str, Query(min_length=1, max_length=100, description="name, alias or part")],
    label: NodeLabel | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    as_of: AsOf = None,
    government: Government = None,
    offset: Annotated[int, Query(ge=0, le=MAX_LISTED, description="how many hits to skip, for the next page")] = 0,
) -> Response:  # fmt: skip
    """Nodes whose name or alias matches: exact name first, then exact alias, then shared bigrams.

    Every exact hit is found and listed first. The nodes holding every character pair of the
    query are ranked among the first 300 the index gives: `more` is true when there were more,
    and `government`, `label` or a longer query narrows the search so that all are ranked.
    """

    def build(reads: GraphReader) -> SearchAnswer:
        return questions.search(reads, q, label, limit, as_of, government, offset)

    return cache.answer(request, store, build, missing=lambda: missing("answer", q))


@router.get("/governments")
def government_list(store: StoreDep) -> Governments:
    """The governments of the graph with their meetings: the choices of every `government` filter."""
    return governments.governments(store)


Other = Annotated[str | None, Query(min_length=1, max_length=500, description=(
    "a node id: only the edges between the node and this one (the facts a graph page draws as "
    "one edge, with their sentences)"))]  # fmt: skip


@router.get("/nodes/{node_id:path}", response_model=NodeAnswer, responses=NOT_FOUND)
def node(node_id: IdPath, store: StoreDep, as_of: AsOf = None, other: Other = None) -> Any:
    """A node with its properties and aliases, and its edges in both directions with evidence."""
    return questions.node_detail(store, node_id, as_of, other) or missing("node", node_id)


@router.get("/initiatives/{node_id:path}/bureaus", response_model=InitiativeBureaus,
            responses=NOT_FOUND)  # fmt: skip
def initiative_bureaus(
    request: Request,
    node_id: IdPath,
    store: StoreDep,
    cache: AnswerCacheDep,
    as_of: AsOf = None,
    facts: Annotated[int, Query(ge=0, le=MAX_LISTED, description=(
        "how many of each co-owner's facts to list, the latest first"))] = owners.LATEST_FACTS,
    limit: Limit = FIRST_PAGE.limit,
    offset: Offset = 0,
) -> Any:  # fmt: skip
    """The bureaus co-owning an initiative (reported on it or its plans, or directed), with their
    latest facts and evidence; `fact_count` and `total` say how many there are."""
    page = Page(offset=offset, limit=limit)
    ask = partial(owners.initiative_bureaus, facts=facts, page=page)
    return _owned(request, store, cache, ask, "initiative", node_id, as_of)


@router.get("/bureaus/{node_id:path}/partners", response_model=BureauPartners,
            responses=NOT_FOUND)  # fmt: skip
def bureau_partners(
    request: Request,
    node_id: IdPath,
    store: StoreDep,
    cache: AnswerCacheDep,
    as_of: AsOf = None,
    shared: Annotated[int, Query(ge=0, le=MAX_LISTED, description=(
        "how many shared initiatives to list per partner, the latest first"))] = owners.LATEST_SHARED,
    limit: Limit = FIRST_PAGE.limit,
    offset: Offset = 0,
) -> Any:  # fmt: skip
    """Bureaus co-owning initiatives with this bureau, most shared initiatives first; `count` and
    `total` say how many there are."""
    page = Page(offset=offset, limit=limit)
    ask = partial(owners.bureau_partners, shared=shared, page=page)
    return _owned(request, store, cache, ask, "bureau", node_id, as_of)


def _owned(
    request: Request, store: StoreDep, cache: AnswerCacheDep, ask: OwnersQuestion, what: str,
    node_id: str, as_of: str | None,
) -> Response:  # fmt: skip
    """Answer a co-owners or partners question through the cache; 404 naming ``what`` if none."""

    def build(reads: GraphReader) -> InitiativeBureaus | BureauPartners | None:
        return ask(reads, node_id, as_of)

    return cache.answer(request, store, build, lambda: missing(what, node_id))


@router.get("/meetings")
def find_meetings(
    store: StoreDep,
    date: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")] = None,
    doc_number: Annotated[str | None, Query(max_length=100, description="文号, or a part of it")] = None,
    ordinal: Annotated[int | None, Query(ge=1, le=10_000, description="the meeting's number, e.g. 73")] = None,
    government: Government = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> FoundMeetings:  # fmt: skip
    """Meetings by date, 文号 or ordinal (every criterion given must hold), newest first."""
    return finding.find_meetings(store, date, doc_number, ordinal, government, limit)


@router.get("/sentences")
def sentences(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=100, description="words of the minutes, e.g. 城市更新")],
    government: Government = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    as_of: AsOf = None,
) -> SentenceAnswer:  # fmt: skip
    """Source sentences containing the words, with where they occur and the facts they gave."""
    return finding.search_sentences(store, q, government, limit, as_of)


@router.get("/meetings/{node_id:path}", response_model=MeetingAnswer, responses=NOT_FOUND)
def meeting(
    request: Request, node_id: IdPath, store: StoreDep, cache: AnswerCacheDep, as_of: AsOf = None
) -> Any:
    """A meeting, its items, who reported what, and whom it directed to do what."""
    build = partial(meetings.meeting, meeting_id=node_id, as_of=as_of)
    return cache.answer(request, store, build, lambda: missing("meeting", node_id))


@router.get("/path", response_model=PathAnswer, responses=NOT_FOUND)
def path(
    store: StoreDep,
    source: Annotated[str, Query(alias="from", min_length=1, max_length=500, description=End)],
    target: Annotated[str, Query(alias="to", min_length=1, max_length=500, description=End)],
    government: Government = None,
    max_hops: Annotated[int, Query(ge=1, le=questions.MAX_PATH_HOPS)] = 4,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    as_of: AsOf = None,
) -> Any:
    """The shortest paths between two nodes (ids, or names with their government), in either
    direction, with the evidence of every edge; `explanation` says why none came back."""
    return path_between(store, source, target, government, max_hops, limit, as_of)


@router.get("/subgraph", response_model=SubgraphAnswer, responses=NOT_FOUND)
def subgraph(
    store: StoreDep,
    node: NodeId,
    depth: Depth = 1,
    limit: Annotated[int, Query(ge=1, le=2000, description="most nodes returned")] = 200,
    as_of: AsOf = None,
    fields: Annotated[questions.SubgraphFields, Query(description=(
        "all: every edge with its properties, sentence and provenance; drawn: each edge with its "
        "id, type, source, target, role, kind and date only, what a graph page draws (an edge's "
        "sentences: GET /api/nodes/{id} of either end)"))] = "all",
) -> Any:  # fmt: skip
    """The nodes within ``depth`` hops of a node and the edges between them, cut at ``limit``."""
    found = questions.subgraph(store, node, depth=depth, limit=limit, as_of=as_of, fields=fields)
    return found or missing("node", node)


@router.get("/timeline", response_model=Timeline, responses=NOT_FOUND)
def timeline(store: StoreDep, node: NodeId, as_of: AsOf = None) -> Any:
    """The dated reports, directives and agenda entries of a bureau or initiative, oldest first,
    with its first and last meeting."""
    found = meetings.timeline(store, node, as_of)
    return found or missing("bureau or initiative", node)


@router.get("/analytics/bureaus")
def bureau_network(
    store: StoreDep, as_of: AsOf = None, government: Government = None
) -> BureauNetwork:
    """The bureau co-ownership network: each bureau's degree, betweenness and community."""
    return network.bureau_network(store, as_of, government)


@router.get("/export", responses={**NOT_FOUND, 200: {"content": {
    "application/json": {}, "application/graphml+xml": {}, "application/zip": {}}}})  # fmt: skip
def export_graph(
    store: StoreDep,
    format: export.ExportFormat = "json",
    node: Annotated[str | None, Query(min_length=1, max_length=500)] = None,
    depth: Depth = 1,
    as_of: AsOf = None,
) -> Response:
    """The whole graph, or the subgraph around ``node``, as JSON, GraphML or a zip of two CSV files."""
    found = export.export(store, format, node=node, depth=depth, as_of=as_of)
    if found is None:
        return missing("node", node or "")
    disposition = f'attachment; filename="{found.filename}"'
    return Response(found.content, media_type=found.media_type,
                    headers={"Content-Disposition": disposition})  # fmt: skip
