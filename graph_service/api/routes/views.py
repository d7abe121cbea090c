"""What the graph pages draw, built on the server: the nodes a click adds, a query's nodes.

The pages never style or lay out a graph themselves: these routes answer the same items the
page was served with (:func:`viz.network.vis_view`), so an expanded node and a console result
look like the graph first shown.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query

from graph_service.api.deps import StoreDep
from graph_service.api.errors import missing
from graph_service.graph_models import Subgraph
from graph_service.questions import graph as questions
from viz.network import vis_view

router = APIRouter(prefix="/views", include_in_schema=False)
MAX_DRAWN = 2000


@router.get("/graph")
def graph_view(
    store: StoreDep,
    node: Annotated[str, Query(min_length=1, max_length=500)],
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[int, Query(ge=1, le=MAX_DRAWN)] = 60,
    as_of: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
) -> Any:
    """The drawn view of the nodes within ``depth`` of ``node``, ``node`` in the middle."""
    found = questions.subgraph(store, node, depth=depth, limit=limit, as_of=as_of, fields="drawn")
    if found is None:
        return missing("node", node)
    return {**vis_view(found, node), "truncated": found.truncated}


@router.post("/graph")
def drawn(graph: Annotated[Subgraph, Body()]) -> dict[str, Any]:
    """The drawn view of the nodes and edges sent (a console query's), at most 2,000 nodes."""
    if len(graph.nodes) > MAX_DRAWN:
        graph = Subgraph(nodes=graph.nodes[:MAX_DRAWN], edges=graph.edges)
    return vis_view(graph)
