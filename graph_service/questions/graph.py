"""Named questions over any :class:`~graph_service.stores.protocol.GraphStore`: nodes, paths, subgraphs.

Each question runs the same named Cypher from ``cypher/q_*.cypher`` on every store (a store's
``dialect`` picks a variant where one exists) and returns a typed answer from
:mod:`graph_service.questions.answers`. Questions about co-owners live in :mod:`.owners`, about
meetings and timelines in :mod:`.meetings`, search in :mod:`.searching` (``search`` is
imported here too, where the other questions are).
"""

from __future__ import annotations

from typing import Any, Literal, cast

from graph_service.graph_models import NODE_LABELS, Edge, Node
from graph_service.questions.answers import (
    EdgeView,
    GraphPath,
    NodeAnswer,
    NodeRef,
    PathAnswer,
    SubgraphAnswer,
)
from graph_service.questions.asking import QuestionError, ask
from graph_service.questions.packed import PACKING, unpacked
from graph_service.questions.searching import search as search
from graph_service.questions.searching import search_terms as search_terms
from graph_service.stores.protocol import GraphReader
from graph_service.stores.records import Records, Row

MAX_PATH_HOPS = 6  # the bound written in q_path.cypher
SubgraphFields = Literal["all", "drawn"]
"""What a subgraph's edges carry: every property, or what a graph page draws."""
PLAIN_EDGES = frozenset({"falkordb"})
"""The stores whose subgraph edges are read as they are, not packed (see ``_full_edges``)."""
DRAWN = ("role", "kind", "date")
"""The properties of an edge a graph page draws, beside its id, type and ends."""


def nodes_by_id(store: GraphReader, ids: list[str], as_of: str | None = None) -> dict[str, Node]:
    """Return the nodes with the given ids (missing ones left out), by id.

    With ``as_of``, a node whose first meeting is later (or unknown) counts as missing.
    """
    found = ask(store, "q_node", ids=list(ids), as_of=as_of).column("n")
    return {node.id: node for node in found}


def labels_by_id(store: GraphReader, ids: list[str], as_of: str | None = None) -> dict[str, str]:
    """Return the label of each node with one of ``ids`` (missing ones left out), by id.

    The same nodes as :func:`nodes_by_id`, without their properties: enough to count them.
    """
    rows = ask(store, "q_node_labels", ids=list(ids), as_of=as_of)
    return {row["id"]: sorted(set(row["labels"]) & set(NODE_LABELS))[0]
            for row in rows if row["shown"]}  # fmt: skip


def find_node(
    store: GraphReader, node_id: str, *labels: str, as_of: str | None = None
) -> Node | None:
    """Return the node with ``node_id``, or ``None`` when missing or not of one of ``labels``."""
    node = nodes_by_id(store, [node_id], as_of).get(node_id)
    return node if node is not None and (not labels or node.label in labels) else None


def node_detail(
    store: GraphReader, node_id: str, as_of: str | None = None, other: str | None = None
) -> NodeAnswer | None:
    """Return a node with its properties and its edges in both directions, or ``None``.

    ``other`` keeps only the edges between the node and that one (the facts a drawn edge merges,
    with their sentences), so that a page asking for them does not read every edge of a node
    that has thousands.
    """
    node = find_node(store, node_id, as_of=as_of)
    if node is None:
        return None
    rows = ask(store, "q_neighbourhood", ids=[node_id], as_of=as_of, other=other)
    views = [
        EdgeView(direction="out" if row["e"].source == node_id else "in",
                 other=NodeRef.of(row["b"]), edge=row["e"])
        for row in rows
    ]  # fmt: skip
    views.sort(key=lambda view: (view.edge.type, view.other.id, view.edge.id))
    return NodeAnswer(node=node, edges=views)


def _to_path(value: Any) -> GraphPath:
    return GraphPath(nodes=[NodeRef.of(node) for node in value.nodes], edges=value.edges)


def paths(
    store: GraphReader,
    source: str,
    target: str,
    max_hops: int = 4,
    limit: int = 20,
    as_of: str | None = None,
) -> PathAnswer | None:
    """Return the shortest paths (up to ``limit``) of at most ``max_hops`` edges between two nodes.

    Returns:
        The paths, or ``None`` when either node is missing.

    Raises:
        QuestionError: both ends are the same node, or ``max_hops`` is out of range.
    """
    if source == target:
        raise QuestionError(f"path from {source!r} to itself: give two different nodes")
    if not 1 <= max_hops <= MAX_PATH_HOPS:
        raise QuestionError(f"max_hops {max_hops}: use 1 to {MAX_PATH_HOPS}")
    ends = nodes_by_id(store, [source, target], as_of)
    if len(ends) < 2:
        return None
    rows = ask(store, "q_path", source=source, target=target, limit=limit, as_of=as_of)
    found = [_to_path(p) for p in rows.column("p")]
    found = [p for p in found if len(p.edges) <= max_hops]
    length = len(found[0].edges) if found else None
    refs = NodeRef.of(ends[source]), NodeRef.of(ends[target])
    why = None if found else no_path_explanation(max_hops, as_of)
    return PathAnswer(source=refs[0], target=refs[1], length=length, paths=found, explanation=why)


def no_path_explanation(max_hops: int, as_of: str | None = None) -> str:
    """Return why a path question found nothing, and what to try.

    >>> no_path_explanation(2)
    'no connection within 2 hops; allow more with max_hops (up to 6)'
    >>> no_path_explanation(6, "2023-01-01")
    'no connection within 6 hops in the graph as of 2023-01-01'
    """
    why = f"no connection within {max_hops} hop{'s' if max_hops > 1 else ''}"
    why += f" in the graph as of {as_of}" if as_of else ""
    return why + (
        f"; allow more with max_hops (up to {MAX_PATH_HOPS})" if max_hops < MAX_PATH_HOPS else ""
    )


def subgraph(
    store: GraphReader,
    center: str,
    depth: int = 1,
    limit: int = 100,
    as_of: str | None = None,
    fields: SubgraphFields = "all",
) -> SubgraphAnswer | None:
    """Return the nodes within ``depth`` edges of ``center`` (at most ``limit``) and their edges.

    Nodes are taken hop by hop, nearest first, in id order within a hop, so the cut is the same
    on every store; ``truncated`` says whether nodes in reach were left out. With ``fields``
    ``drawn``, each edge carries only the properties of :data:`DRAWN` (no sentence or
    provenance): what a graph page draws, its sentences asked for when an edge is opened.

    Returns:
        The subgraph, or ``None`` when ``center`` is missing.
    """
    # Hops fetch ids only, and the nodes with their edges come in one read at the end: fetching
    # every edge of each frontier brought back thousands of edges (with their evidence) to keep
    # a few hundred. A missing center finds no neighbours and is missing from that last read.
    kept, truncated = reach(store, center, depth, limit, as_of)
    if fields == "drawn":
        rows = ask(store, "q_subgraph_drawn", ids=sorted(kept), as_of=as_of)
        edges = [edge for row in rows for edge in drawn_edges(row)]
    else:
        rows, edges = _full_edges(store, sorted(kept), as_of)
    nodes = [row["n"] for row in rows if row["shown"]]
    if center not in {node.id for node in nodes}:
        return None
    # Built without validation: its nodes and edges are models already, and checking each of a
    # depth-2 subgraph's 700 edges again took longer than sorting them.
    return SubgraphAnswer.model_construct(center=center, depth=depth, truncated=truncated,
                                          nodes=sorted(nodes, key=lambda n: n.id),
                                          edges=sorted(edges, key=lambda e: e.id))  # fmt: skip


def _full_edges(
    store: GraphReader, ids: list[str], as_of: str | None
) -> tuple[Records, list[Edge]]:
    """Return the rows of the nodes with ``ids`` and every property of the edges among them.

    Embedded FalkorDB reads the edges as they are (its compact reply read without its client's
    parsing: ``stores/falkor_compact.py``); packing them took its server longer than the reading
    it saved. Elsewhere each edge comes packed in one string (:mod:`.packed`); when one does
    not unpack, they are all read again as the store's relationships.
    """
    if store.dialect in PLAIN_EDGES:
        rows = ask(store, "q_subgraph_nodes", ids=ids, as_of=as_of)
        return rows, [edge for row in rows for edge in row["edges"]]
    rows = ask(store, "q_subgraph_packed", ids=ids, as_of=as_of, **PACKING)
    edges = [unpacked(text) for row in rows for text in row["edges"]]
    if None not in edges:
        return rows, cast(list[Edge], edges)
    rows = ask(store, "q_subgraph_nodes", ids=ids, as_of=as_of)
    return rows, [edge for row in rows for edge in row["edges"]]


def drawn_edges(row: Row) -> list[Edge]:
    """Return the edges of one row of ``q_subgraph_drawn``: each ``[id, type, end, *DRAWN]``.

    >>> bureau = Node(id="b", label="Bureau", name="局")
    >>> drawn_edges(Row.of(["n", "edges"], [bureau, [["e", "REPORTED", "i", "lead", None, "2024-04-24"]]]))[0].props
    {'role': 'lead', 'date': '2024-04-24'}
    """
    source = row["n"].id
    return [
        Edge(id=e[0], type=e[1], source=source, target=e[2],
             props={key: value for key, value in zip(DRAWN, e[3:], strict=True) if value is not None})
        for e in row["edges"]
    ]  # fmt: skip


def reach(
    store: GraphReader, center: str, depth: int, limit: int, as_of: str | None = None
) -> tuple[set[str], bool]:
    """Return the ids within ``depth`` edges of ``center`` (at most ``limit``, ``center`` among
    them even when missing) and whether ids in reach were left out.

    Ids are taken hop by hop, nearest first, in id order within a hop, so the cut is the same
    on every store. Only ids cross the wire: no node's properties, no edge.
    """
    kept, frontier, truncated = {center}, [center], False
    for _ in range(depth):
        room = max(limit - len(kept), 0)
        found = ask(store, "q_neighbour_ids", ids=frontier, kept=sorted(kept), take=room + 1,
                    as_of=as_of).column("id")  # fmt: skip
        truncated = truncated or len(found) > room
        frontier = found[:room]
        kept |= set(frontier)
        if not frontier:
            break
    return kept, truncated
