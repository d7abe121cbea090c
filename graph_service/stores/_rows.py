"""What both stores share: a batch as named write steps, and records back to graph models.

A batch is written as ``merge_<X>`` steps (one per node label and per edge shape, each a batched
``UNWIND $X AS r MERGE …``) followed by ``remove_stale``. Neo4j runs the steps one after another
in one transaction; FalkorDB joins them into one query, which it runs atomically. A group of
documents is written the same way, their rows joined (:func:`merge_steps`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, NotRequired, TypedDict

from graph_service.errors import WriteFailedError
from graph_service.graph_models import (
    EDGE_TYPES,
    NODE_LABELS,
    RECORD_LABELS,
    BatchDiff,
    Edge,
    GraphBatch,
    Node,
    WriteResult,
)
from graph_service.stores.records import Params, Records

NODE_STEPS = {"Meeting": "meetings", "Bureau": "bureaus", "PolicyPlan": "plans"}
NODE_STEPS |= {"Initiative": "initiatives"}
EDGE_STEPS = {
    ("REPORTED", "Bureau", "PolicyPlan"): "reported_plan",
    ("REPORTED", "Bureau", "Initiative"): "reported_initiative",
    ("DIRECTED", "Meeting", "Bureau"): "directed",
    ("DIRECTED", "Meeting", "Initiative"): "directed_group_initiative",
    ("DIRECTED", "Meeting", "PolicyPlan"): "directed_group_plan",
    ("RELATED_TO", "PolicyPlan", "Initiative"): "implements",
    ("RELATED_TO", "Initiative", "Initiative"): "initiative_links",
    ("RELATED_TO", "Meeting", "PolicyPlan"): "agenda_plan",
    ("RELATED_TO", "Meeting", "Initiative"): "agenda_initiative",
}
Step = tuple[str, Params]
KNOWN_LABELS = frozenset((*NODE_LABELS, *RECORD_LABELS))
EDGE_KEYS = ("id", "source", "target")
# The read queries of a dry run, in the order :func:`to_diff` takes their ids.
DIFF_QUERIES = ("diff_existing", "diff_stale_edges", "diff_orphans")


class NodeRow(TypedDict):
    """A node as ``merge_<label>`` takes it: id, properties and aliases, then its documents'
    hashes and dates (:func:`merge_steps`) and its search ``terms``."""

    id: str
    props: dict[str, object]
    aliases: list[str]
    docs: NotRequired[list[str]]
    first: NotRequired[str | None]
    last: NotRequired[str | None]
    terms: NotRequired[str]


class EdgeRow(TypedDict):
    """An edge as ``merge_<shape>`` takes it, with the load that wrote it (:func:`merge_steps`)."""

    id: str
    source: str
    target: str
    props: dict[str, object]
    loaded_at: NotRequired[str]
    load: NotRequired[str | None]


class Stamp(TypedDict):
    """What every row of a document carries (:func:`stamp`)."""

    doc: str
    date: str | None
    load: str | None
    loaded_at: str


def node_row(node: Node) -> NodeRow:
    """Return the parameter row of a node.

    >>> node_row(Node(id="b", label="Bureau", name="区应急局", props={"aliases": ["区应急局"]}))
    {'id': 'b', 'props': {'name': '区应急局'}, 'aliases': ['区应急局']}
    """
    props = {key: value for key, value in node.props.items() if key != "aliases"}
    return {
        "id": node.id,
        "props": {"name": node.name, **props},
        "aliases": node.known.get("aliases", []),
    }


def edge_row(edge: Edge) -> EdgeRow:
    """Return the parameter row of an edge; its end ids are stored on it too.

    >>> edge_row(Edge(id="e", type="DIRECTED", source="m", target="b"))["props"]
    {'source': 'm', 'target': 'b'}
    """
    props = {**edge.props, "source": edge.source, "target": edge.target}
    return {"id": edge.id, "source": edge.source, "target": edge.target, "props": props}


def write_steps(batch: GraphBatch) -> list[Step]:
    """Return the named steps that write ``batch``, nodes first, ``remove_stale`` last.

    Args:
        batch: one document's nodes and edges.

    Returns:
        ``(operation name, parameters)`` pairs; steps without rows are left out.

    Raises:
        WriteFailedError: an edge has an end outside the batch or a shape the model lacks.

    >>> write_steps(GraphBatch(doc="h", source="a.txt"))
    [('remove_stale', {'file': 'a.txt', 'edge_ids': []})]
    """
    stale = {"file": batch.source, "edge_ids": [edge.id for edge in batch.edges]}
    return [*merge_steps([batch]), ("remove_stale", stale)]


def merge_steps(batches: list[GraphBatch]) -> list[Step]:
    """Return the ``merge_X`` steps that add the nodes and edges of ``batches``, in that order.

    A node several documents share is one row: its documents, aliases and properties joined in
    document order, its dates spanning theirs, so one write gives what writing the documents
    one after another would. An edge twice (the same content under two file names) is one row,
    the later document's properties over the earlier's, as later writes would leave it.

    Args:
        batches: the documents' nodes and edges.

    Returns:
        ``(operation name, parameters)`` pairs; steps without rows are left out.

    Raises:
        WriteFailedError: an edge has an end outside its batch or a shape the model lacks.

    >>> nodes = [Node(id="b", label="Bureau", name="区应急局", props={"aliases": ["应急局"]})]
    >>> one = GraphBatch(doc="h1", source="a.txt", date="2024-03-01", nodes=nodes)
    >>> two = GraphBatch(doc="h2", source="b.txt", date="2024-01-05", nodes=nodes)
    >>> [(name, [(r["docs"], r["first"], r["last"]) for r in rows["bureaus"]])
    ...  for name, rows in merge_steps([one, two])]
    [('merge_bureaus', [(['h1', 'h2'], '2024-01-05', '2024-03-01')])]
    """
    nodes: dict[str, tuple[str, NodeRow]] = {}
    edges: dict[str, tuple[str, EdgeRow]] = {}
    for batch in batches:
        common = stamp(batch)
        labels = {node.id: node.label for node in batch.nodes}
        for node in batch.nodes:
            _join_node(nodes, node, common)
        for edge in batch.edges:
            shape = (edge.type, labels.get(edge.source), labels.get(edge.target))
            if shape not in EDGE_STEPS:
                raise WriteFailedError(
                    batch.source, f"edge {edge.id} has no place in the graph: {shape}"
                )
            row = edge_row(edge) | {"loaded_at": common["loaded_at"], "load": common["load"]}
            if edge.id in edges:
                row["props"] = edges[edge.id][1]["props"] | row["props"]
            edges[edge.id] = (EDGE_STEPS[shape], row)
    rows: dict[str, list[NodeRow | EdgeRow]] = defaultdict(list)
    for key, joined in nodes.values():
        joined["terms"] = _terms(key, joined)
        rows[key].append(joined)
    for key, edge_row_ in edges.values():
        rows[key].append(edge_row_)
    order = [*NODE_STEPS.values(), *EDGE_STEPS.values()]
    return [(f"merge_{key}", {key: rows[key]}) for key in order if rows[key]]


def _terms(step: str, row: NodeRow) -> str:
    """Return the search terms of a node's row: from its name, and a bureau's from its aliases too.

    >>> _terms("bureaus", {"id": "b", "props": {"name": "应急局"}, "aliases": ["应急"]})
    ' 应 应急 急 急局 局 局 应 应急 急 急'
    """
    words = [str(row["props"]["name"])]
    return search_terms([*words, *row["aliases"]] if step not in TERMS_FROM_NAME else words)


TERMS_FROM_NAME = ("meetings", "plans", "initiatives")
"""Node steps whose search terms come from the name alone, worked out here; a bureau's come
from its aliases too: worked out here from the row's, and by ``merge_bureaus`` itself only when
the graph holds aliases the row lacks."""


def search_terms(words: list[str]) -> str:
    """Return the search terms of ``words``: each character and character bigram, lowercased.

    The same text the Cypher of ``merge_bureaus`` writes, for the full-text index.

    >>> search_terms(["应急局"])
    ' 应 应急 急 急局 局 局'
    """
    return "".join(
        f" {word[k]} {word[k : k + 2]}" for word in words for k in range(len(word))
    ).lower()


def _join_node(nodes: dict[str, tuple[str, NodeRow]], node: Node, common: Stamp) -> None:
    """Add ``node`` of the document stamped ``common`` to the rows ``nodes`` (by id)."""
    row = node_row(node)
    doc, date = common["doc"], common["date"]
    if node.id not in nodes:
        nodes[node.id] = (
            NODE_STEPS[node.label],
            row | {"docs": [doc], "first": date, "last": date},
        )
        return
    joined = nodes[node.id][1]
    joined["props"] = joined["props"] | row["props"]
    joined["aliases"] = _moved_last(joined["aliases"], row["aliases"])
    joined["docs"] = _moved_last(joined["docs"], [doc])
    if date is not None:
        joined["first"] = min(d for d in (joined["first"], date) if d is not None)
        joined["last"] = max(d for d in (joined["last"], date) if d is not None)


def _moved_last(items: list[str], added: list[str]) -> list[str]:
    """Return ``items`` with ``added`` at the end (moved there when already in).

    >>> _moved_last(["a", "b", "c"], ["b"])
    ['a', 'c', 'b']
    """
    return [item for item in items if item not in added] + added


def stamp(batch: GraphBatch) -> Stamp:
    """Return what every row of a document carries: document, meeting date, load and its time.

    >>> sorted(stamp(GraphBatch(doc="h", source="a.txt", loaded_at="2024-01-01T00:00:00Z")))
    ['date', 'doc', 'load', 'loaded_at']
    """
    loaded_at = batch.loaded_at or datetime.now(UTC).isoformat(timespec="seconds")
    return {"doc": batch.doc, "date": batch.date, "load": batch.load, "loaded_at": loaded_at}


def every_step(steps: list[Step]) -> list[Step]:
    """Return ``steps`` with the merge steps left out for want of rows put back, with no rows.

    Then every document sends FalkorDB the same joined query text, which it plans once and
    caches; a text per combination of steps would be planned again and again.

    >>> [name for name, _ in every_step([("remove_stale", {})])][:2]
    ['merge_meetings', 'merge_bureaus']
    >>> every_step([("remove_stale", {})])[0][1]
    {'meetings': []}
    """
    given = dict(steps)
    merges = [*NODE_STEPS.values(), *EDGE_STEPS.values()]
    full = [(f"merge_{key}", given.get(f"merge_{key}", {key: []})) for key in merges]
    return [*full, *((name, params) for name, params in steps if not name.startswith("merge_"))]


def write_result(batch: GraphBatch, counters: Mapping[str, int]) -> WriteResult:
    """Return the write's counts from the database's change counters.

    >>> batch = GraphBatch(doc="h", source="a", nodes=[Node(id="m", label="Meeting", name="m")])
    >>> write_result(batch, {"nodes_created": 1}).model_dump()
    {'doc': 'h', 'added': 1, 'unchanged': 0, 'removed': 0}
    """
    added = counters.get("nodes_created", 0) + counters.get("relationships_created", 0)
    removed = counters.get("nodes_deleted", 0) + counters.get("relationships_deleted", 0)
    unchanged = len(batch.nodes) + len(batch.edges) - added
    return WriteResult(doc=batch.doc, added=added, unchanged=unchanged, removed=removed)


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
