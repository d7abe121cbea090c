"""What both stores share when reading: records back to graph models, and a dry run's diff.

Records come back from either store with the same properties; these functions turn them into
the graph models (:class:`Node`, :class:`Edge`) that answers are built from, or into plain data
when an analyst's query returns what is no model (a record without an id, a label the service
does not write).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graph_service.graph_models import (
    EDGE_TYPES,
    NODE_LABELS,
    RECORD_LABELS,
    BatchDiff,
    Edge,
    GraphBatch,
    Node,
)
from graph_service.stores.records import Params, Records

KNOWN_LABELS = frozenset((*NODE_LABELS, *RECORD_LABELS))
EDGE_KEYS = ("id", "source", "target")
# The read queries of a dry run, in the order :func:`to_diff` takes their ids.
DIFF_QUERIES = ("diff_existing", "diff_stale_edges", "diff_orphans")


def diff_params(batch: GraphBatch) -> Params:
    """Return the parameters of the :data:`DIFF_QUERIES` for ``batch``.

    >>> sorted(diff_params(GraphBatch(doc="h", source="a.txt")))
    ['edge_ids', 'edges', 'file', 'node_ids', 'nodes']
    """
    node_ids = [node.id for node in batch.nodes]
    edges = [{"id": edge.id, "source": edge.source} for edge in batch.edges]
    edge_ids = [edge.id for edge in batch.edges]
    return {"nodes": node_ids, "node_ids": node_ids, "edges": edges, "edge_ids": edge_ids,
            "file": batch.source}  # fmt: skip


def to_diff(
    batch: GraphBatch, existing: list[str], stale_edges: list[str], orphans: list[str]
) -> BatchDiff:
    """Return the dry run of writing ``batch`` from the ids the diff queries found.

    >>> batch = GraphBatch(doc="h", source="a", nodes=[Node(id="m", label="Meeting", name="m")])
    >>> to_diff(batch, existing=[], stale_edges=["e1"], orphans=["b"]).result().model_dump()
    {'doc': 'h', 'added': 1, 'unchanged': 0, 'removed': 2}
    """
    found = set(existing)
    return BatchDiff(
        doc=batch.doc,
        added_nodes=[node.id for node in batch.nodes if node.id not in found],
        added_edges=[edge.id for edge in batch.edges if edge.id not in found],
        unchanged=len(found),
        removed_nodes=sorted(set(orphans)),
        removed_edges=sorted(set(stale_edges)),
    )


def counts(records: Records, key: str) -> dict[str, int]:
    """Return ``count`` by ``key`` from the rows of ``stats_nodes`` or ``stats_edges``.

    >>> counts(Records.of(["label", "count"], [["Bureau", 2]]), "label")
    {'Bureau': 2}
    """
    return {row[key]: row["count"] for row in records}


# The props of to_node, to_entity, to_relation and to_edge: a database node's or relationship's
# properties as the driver gives them (Any: values of whatever type was written).
def to_node(labels: list[str] | tuple[str, ...] | frozenset[str], props: Mapping[str, Any]) -> Node:
    """Return a :class:`Node` from a database node's labels and properties.

    The search ``terms`` stay in the database: they serve its index, not readers.

    >>> to_node(["Bureau"], {"id": "b", "name": "区应急局", "docs": ["h"], "terms": "区 区应"}).props
    {}
    """
    rest = {key: value for key, value in props.items() if key != "terms"}
    node_id, name, docs = rest.pop("id"), rest.pop("name", ""), rest.pop("docs", [])
    props = dict(sorted(rest.items()))  # stores differ in property order; answers must not
    return Node(id=node_id, label=sorted(labels)[0], name=name, docs=list(docs), props=props)


def to_entity(
    labels: list[str] | tuple[str, ...] | frozenset[str], props: Mapping[str, Any]
) -> Node | dict[str, object]:
    """Return a database node as a :class:`Node`, or as plain data when it cannot be one.

    Analyst queries see the whole database: the service's records (``Load``, ``Decision``) are
    nodes too, and a node written by other means may lack an id.

    >>> to_entity(["Load"], {"id": "load:1", "at": "2024-06-01"}).label
    'Load'
    >>> to_entity(["Note"], {"text": "x"})
    {'labels': ['Note'], 'properties': {'text': 'x'}}
    """
    if isinstance(props.get("id"), str) and any(label in KNOWN_LABELS for label in labels):
        known = [label for label in labels if label in KNOWN_LABELS]
        return to_node(known, props)
    return {"labels": sorted(labels), "properties": dict(sorted(props.items()))}


def to_relation(edge_type: str, props: Mapping[str, Any]) -> Edge | dict[str, object]:
    """Return a database relationship as an :class:`Edge`, or as plain data when it cannot be one.

    >>> to_relation("NOTE", {"text": "x"})
    {'type': 'NOTE', 'properties': {'text': 'x'}}
    """
    if edge_type in EDGE_TYPES and all(isinstance(props.get(k), str) for k in EDGE_KEYS):
        return to_edge(edge_type, props)
    return {"type": edge_type, "properties": dict(sorted(props.items()))}


def to_edge(edge_type: str, props: Mapping[str, Any]) -> Edge:
    """Return an :class:`Edge` from a database relationship's type and properties.

    >>> to_edge("DIRECTED", {"id": "e", "source": "m", "target": "b", "item": 1}).props
    {'item': 1}
    """
    rest = dict(props)
    edge_id, source, target = rest.pop("id"), rest.pop("source"), rest.pop("target")
    props = dict(sorted(rest.items()))
    return Edge(id=edge_id, type=edge_type, source=source, target=target, props=props)
