"""Applying a curator's decision: every file it touches is read back and written again.

Each file's batch is read back from the graph, its bureau edges resolved again with the curated
registry (:mod:`graph_service.loading.decisions`), and the batch written in one transaction, with
the edge ids a fresh load of the file would give.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from graph_service.graph_models import Edge, GraphBatch, Node, NodeProps
from graph_service.loading.decisions import Decision
from graph_service.loading.ids import KEY_FIELDS, UNKNOWN_GOVERNMENT, clean_name, make_id, rekey
from graph_service.stores.protocol import GraphReader
from loaders.extract.registry import Registry

# Kept by the stores as they write; a batch read back must not carry them into the next write.
MAINTAINED = ("first", "last", "aliases", "resolved")


class DecisionResult(BaseModel):
    """A decision taken (or withdrawn) and the files rewritten to apply it."""

    decision: Decision
    withdrawn: bool = False
    load: str | None = Field(None, description="the load record of the rewrite")
    files: dict[str, str] = Field(default_factory=dict, description="file → added/replaced/…")


def affected_files(store: GraphReader, decision: Decision) -> list[str]:
    """Return the files with an edge the decision may move, in order."""
    gov = decision.government
    files = store.read_named("q_alias_files", {"government": gov, "name": decision.name})
    ids = [make_id("bureau", gov, name) for name in (decision.name, decision.target)]
    more = store.read_named("q_bureau_files", {"ids": ids})
    return sorted({file for file in files.column("file") + more.column("file") if file})


def file_batch(store: GraphReader, file: str) -> GraphBatch | None:
    """Return the batch the graph holds for ``file`` (as its last write left it), or ``None``."""
    rows = store.read_named("q_file_facts", {"file": file})
    if not rows:
        return None
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    for row in rows:
        nodes |= {node.id: _as_written(node) for node in (row["a"], row["b"])}
        edges.append(_as_written_edge(row["e"]))
    dates = [day for edge in edges if (day := edge.known.get("date"))]
    return GraphBatch(doc=edges[0].known["doc"], source=file, date=min(dates, default=None),
                      nodes=list(nodes.values()), edges=edges)  # fmt: skip


def _as_written(node: Node) -> Node:
    props = {key: value for key, value in node.props.items() if key not in MAINTAINED}
    return node.model_copy(update={"docs": [], "props": props})


def _as_written_edge(edge: Edge) -> Edge:
    props = {key: value for key, value in edge.props.items() if key not in ("load", "loaded_at")}
    return edge.model_copy(update={"props": props})


def resolve_batch(batch: GraphBatch, registry: Registry) -> GraphBatch:
    """Return ``batch`` with every bureau edge resolved again by ``registry``.

    Each bureau edge keeps the name as written (``alias``); the bureau it points to is what that
    name means in the government on the edge's date, exactly as a fresh load would find it.
    """
    nodes = {node.id: node for node in batch.nodes if node.label != "Bureau"}
    old = {node.id: node for node in batch.nodes}
    edges = []
    for edge in batch.edges:
        end = edge.source if edge.type == "REPORTED" else edge.target
        if edge.type not in KEY_FIELDS or old[end].label != "Bureau":
            edges.append(edge)  # a directive to a collective sits on a plan or initiative
            continue
        bureau = _resolved(old[end], edge, registry, nodes)
        ends = (bureau, edge.target) if edge.type == "REPORTED" else (edge.source, bureau)
        edges.append(rekey(edge, *ends))
    return batch.model_copy(update={"nodes": list(nodes.values()), "edges": edges})


def _resolved(old: Node, edge: Edge, registry: Registry, nodes: dict[str, Node]) -> str:
    """Return the id of the bureau ``edge`` names, adding or updating its node in ``nodes``."""
    gov = old.known.get("government") or UNKNOWN_GOVERNMENT
    written = edge.known.get("alias") or old.name
    known_gov = None if gov == UNKNOWN_GOVERNMENT else gov
    resolution = registry.resolve(written, known_gov, edge.known.get("date"))
    name = clean_name(resolution.canonical)
    node_id = make_id("bureau", known_gov, name)
    empty: NodeProps = {"government": gov, "aliases": [], "resolved": False}
    node = nodes.setdefault(node_id, Node(id=node_id, label="Bureau", name=name, props=dict(empty)))
    props = node.known
    props["aliases"] = sorted({*props["aliases"], written})
    props["resolved"] = props["resolved"] or resolution.known
    return node_id
