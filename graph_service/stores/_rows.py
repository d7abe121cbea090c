"""What both stores share when writing: a batch as named write steps, and the write's counts.

A batch is written as ``merge_<X>`` steps (one per node label and per edge shape, each a batched
``UNWIND $X AS r MERGE …``) followed by ``remove_stale``. Neo4j runs the steps one after another
in one transaction; FalkorDB joins them into one query, which it runs atomically. A group of
documents is written the same way, their rows joined (:func:`merge_steps`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import NotRequired, TypedDict

from graph_service.errors import WriteFailedError
from graph_service.graph_models import (
    Edge,
    GraphBatch,
    Node,
    WriteResult,
)
from graph_service.stores.records import Params

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
