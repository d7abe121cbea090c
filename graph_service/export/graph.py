"""Export the whole graph or the subgraph around a node as JSON, GraphML or CSV, evidence included.

- ``json``: ``{"nodes": [...], "edges": [...]}`` with every property (a :class:`Subgraph`).
- ``graphml``: through networkx; a directed multigraph whose nodes carry ``label`` (the name, which
  Gephi and yEd show on the node), ``type`` (Meeting, Bureau, PolicyPlan, Initiative), ``name``,
  ``docs`` and their properties, and whose edges carry ``label`` and ``type`` (REPORTED …) and
  every provenance property. List and map values (``aliases``, ``docs``, ``span``) are written
  as JSON text. The graph pages' export buttons download this same file.
- ``csv``: a zip holding ``nodes.csv`` and ``edges.csv`` (UTF-8 with a byte-order mark, so
  spreadsheet programs read the Chinese text); the columns are listed in :data:`NODE_COLUMNS`
  and :data:`EDGE_COLUMNS`, and ``props`` holds every other property as JSON. A cell a
  spreadsheet would run as a formula gets an apostrophe in front (:mod:`.cells`).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass
from typing import Literal

import networkx as nx

from graph_service.export.cells import Cell, safe_row
from graph_service.graph_models import Edge, Node, Subgraph
from graph_service.questions.asking import ask
from graph_service.questions.graph import subgraph
from graph_service.stores.protocol import GraphReader

ExportFormat = Literal["json", "graphml", "csv"]
MEDIA_TYPES = {"json": "application/json", "graphml": "application/graphml+xml",
               "csv": "application/zip"}  # fmt: skip
SUFFIXES = {"json": "json", "graphml": "graphml", "csv": "zip"}
EXPORT_MAX_NODES = 100_000
NODE_COLUMNS = ("id", "label", "name", "government", "aliases", "docs", "props")
EDGE_COLUMNS = ("id", "type", "source", "target", "kind", "role", "item", "date", "evidence",
                "directive", "doc", "file", "span", "props")  # fmt: skip


@dataclass(frozen=True)
class Export:
    """An exported file: its bytes, media type and suggested name."""

    content: bytes
    media_type: str
    filename: str


def scalar(value: object) -> str | int | float | bool:
    """Return ``value`` as GraphML and CSV can hold it: lists and maps become JSON text.

    >>> scalar(["区应急局"]), scalar(3), scalar(None)
    ('["区应急局"]', 3, '')
    """
    if value is None:
        return ""
    if isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def graph_of(
    store: GraphReader, node: str | None = None, depth: int = 1, as_of: str | None = None
) -> Subgraph | None:
    """Return the whole graph, or the subgraph within ``depth`` of ``node`` (``None`` if missing);
    with ``as_of``, only what meetings up to that date said."""
    if node is not None:
        return subgraph(store, node, depth=depth, limit=EXPORT_MAX_NODES, as_of=as_of)
    nodes = ask(store, "q_export_nodes", as_of=as_of).column("n")
    edges = ask(store, "q_export_edges", as_of=as_of).column("e")
    return Subgraph(nodes=nodes, edges=edges)


def to_graphml(graph: Subgraph) -> bytes:
    """Return ``graph`` as GraphML, each node labelled with its name.

    >>> g = nx.read_graphml(io.BytesIO(to_graphml(Subgraph(
    ...     nodes=[Node(id="a", label="Bureau", name="区体育局")]))))
    >>> g.nodes["a"]["label"], g.nodes["a"]["type"]
    ('区体育局', 'Bureau')
    """
    multi = nx.MultiDiGraph()
    for node in graph.nodes:
        attrs = {**node.props, "label": node.name, "type": node.label, "name": node.name,
                 "docs": node.docs}  # fmt: skip
        multi.add_node(node.id, **{key: scalar(value) for key, value in attrs.items()})
    for edge in graph.edges:
        attrs = {**edge.props, "label": edge.type, "type": edge.type}
        multi.add_edge(edge.source, edge.target, key=edge.id,
                       **{key: scalar(value) for key, value in attrs.items()})  # fmt: skip
    buffer = io.BytesIO()
    nx.write_graphml(multi, buffer, encoding="utf-8")
    return buffer.getvalue()


def _node_row(node: Node) -> dict[str, Cell]:
    rest = {k: v for k, v in node.props.items() if k not in NODE_COLUMNS}
    fields: dict[str, object] = {
        "id": node.id,
        "label": node.label,
        "name": node.name,
        "docs": node.docs,
    }
    fields |= {"government": node.known.get("government"), "aliases": node.known.get("aliases")}
    return {key: scalar(value) for key, value in (fields | {"props": rest or None}).items()}


def _edge_row(edge: Edge) -> dict[str, Cell]:
    rest = {k: v for k, v in edge.props.items() if k not in EDGE_COLUMNS}
    fields: dict[str, object] = {
        "id": edge.id,
        "type": edge.type,
        "source": edge.source,
        "target": edge.target,
    }
    fields |= {key: edge.props.get(key) for key in EDGE_COLUMNS[4:-1]}
    return {key: scalar(value) for key, value in (fields | {"props": rest or None}).items()}


def _csv(columns: tuple[str, ...], rows: list[dict[str, Cell]]) -> bytes:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(safe_row(row) for row in rows)
    return text.getvalue().encode("utf-8-sig")


def to_csv_zip(graph: Subgraph) -> bytes:
    """Return ``graph`` as a zip of ``nodes.csv`` and ``edges.csv``.

    >>> data = to_csv_zip(Subgraph(nodes=[Node(id="a", label="Bureau", name="区体育局")]))
    >>> sorted(zipfile.ZipFile(io.BytesIO(data)).namelist())
    ['edges.csv', 'nodes.csv']
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nodes.csv", _csv(NODE_COLUMNS, [_node_row(n) for n in graph.nodes]))
        archive.writestr("edges.csv", _csv(EDGE_COLUMNS, [_edge_row(e) for e in graph.edges]))
    return buffer.getvalue()


def export(
    store: GraphReader,
    fmt: ExportFormat,
    node: str | None = None,
    depth: int = 1,
    as_of: str | None = None,
) -> Export | None:
    """Return the graph (or the subgraph around ``node``) in ``fmt``; ``None`` if ``node`` is missing."""
    graph = graph_of(store, node, depth, as_of)
    if graph is None:
        return None
    writers = {"json": lambda g: g.model_dump_json(indent=1).encode(), "graphml": to_graphml,
               "csv": to_csv_zip}  # fmt: skip
    name = f"minutes-kg{'-subgraph' if node else ''}.{SUFFIXES[fmt]}"
    return Export(content=writers[fmt](graph), media_type=MEDIA_TYPES[fmt], filename=name)
