"""A backup of the whole graph as one portable file, and its restore, on either store.

The file is JSON lines: a header, then one line per node and one per edge, with every property
(load records and curators' decisions included), so that a backup of the embedded store
restores into Neo4j and the other way round::

    {"format": "minutes-kg-backup", "version": 1, "nodes": 98, "edges": 162}
    {"node": "Bureau", "props": {"id": "bureau:…", "name": "区应急管理局", …}}
    {"edge": "DIRECTED", "source": ["Meeting", "meeting:…"], "target": ["Bureau", "bureau:…"],
     "props": {"id": "…", "doc": "…", …}}

A restore writes into an empty graph only (or empties it first when told to), in batches of
:data:`BATCH` rows, nodes before edges.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph_service.errors import GraphStoreError
from graph_service.stores._rows import EDGE_STEPS, NODE_STEPS
from graph_service.stores.protocol import GraphStore

FORMAT, VERSION = "minutes-kg-backup", 1
Line = dict[str, Any]
"""A JSON object: a line of a backup file, or a row read to write one (Any: JSON values, checked
where they are used)."""
BATCH = 500
RESTORE_NODES = {label: f"restore_{step}" for label, step in NODE_STEPS.items()}
RESTORE_NODES |= {"Load": "restore_loads", "Decision": "restore_decisions"}
"""The named write that restores the nodes of each label: one per load step, and the records."""
RESTORE_EDGES = {shape: f"restore_{step}" for shape, step in EDGE_STEPS.items()}
"""The named write that restores the edges of each (type, source label, target label)."""


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds or a restore wrote: the file and its node and edge counts."""

    path: Path
    nodes: int
    edges: int


def backup(store: GraphStore, out: Path) -> BackupSummary:
    """Write every node and edge of ``store`` to ``out`` (replaced only once complete).

    Raises:
        GraphStoreError: the graph changed while it was read (an edge to a node not read), or a
            node or edge has no place in a restore.
    """
    nodes = store.read_named("q_backup_nodes").dicts()
    edges = store.read_named("q_backup_edges").dicts()
    known = nodes_by_id(nodes)
    lines = [*map(_node_line, nodes), *(_edge_line(edge, known) for edge in edges)]
    header = {"format": FORMAT, "version": VERSION, "nodes": len(nodes), "edges": len(edges)}
    partial = out.with_name(out.name + ".partial")
    with partial.open("w", encoding="utf-8") as handle:
        for line in [header, *lines]:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(out)
    return BackupSummary(out, len(nodes), len(edges))


def nodes_by_id(nodes: list[Line]) -> set[tuple[str, object]]:
    """Return the (label, id) of every node read."""
    return {(node["label"], node["props"].get("id")) for node in nodes}


def _node_line(node: Line) -> Line:
    if node["label"] not in RESTORE_NODES or node["props"].get("id") is None:
        raise GraphStoreError(f"cannot back up a {node['label']} node without a place in a "
                              f"restore: {str(node['props'])[:200]}")  # fmt: skip
    return {"node": node["label"], "props": node["props"]}


def _edge_line(edge: Line, known: set[tuple[str, object]]) -> Line:
    source, target = (edge["source_label"], edge["source"]), (edge["target_label"], edge["target"])
    if (edge["type"], source[0], target[0]) not in RESTORE_EDGES:
        raise GraphStoreError(f"cannot back up a {edge['type']} edge from {source[0]} to "
                              f"{target[0]}: no restore writes one")  # fmt: skip
    if source not in known or target not in known:
        raise GraphStoreError("the graph changed while it was backed up (an edge to a node "
                              "that was not read); run the backup again when no load runs")  # fmt: skip
    return {"edge": edge["type"], "source": list(source), "target": list(target),
            "props": edge["props"]}  # fmt: skip


def read_backup(path: Path) -> tuple[Line, Iterator[Line]]:
    """Return a backup's header and its lines.

    Raises:
        GraphStoreError: the file is not a backup of this format.
    """
    handle = path.open(encoding="utf-8")
    try:
        header = json.loads(handle.readline() or "{}")
    except ValueError:
        header = {}
    if header.get("format") != FORMAT or header.get("version") != VERSION:
        handle.close()
        raise GraphStoreError(f"{path}: not a Minutes KG backup (version {VERSION})")
    return header, (json.loads(line) for line in handle)


def restore(store: GraphStore, path: Path, *, force: bool = False) -> BackupSummary:
    """Write the backup ``path`` into ``store``, which must be empty unless ``force``.

    Raises:
        GraphStoreError: the graph is not empty and not ``force``; the file is not a backup or
            is incomplete (then the graph holds part of it: restore again with ``force``).
    """
    header, lines = read_backup(path)
    held = store.read_named("q_node_count").first()
    if held and held["nodes"] and not force:
        raise GraphStoreError(
            f"the graph is not empty ({held['nodes']} nodes); restore into an empty store, or "
            "pass --force to delete everything in it first"
        )
    groups: dict[str, list[Line]] = defaultdict(list)
    for number, line in enumerate(lines, 2):
        try:
            groups[_restore_name(line)].append(_restore_row(line))
        except (KeyError, IndexError, TypeError) as exc:
            raise GraphStoreError(
                f"{path}: line {number} is not a node or edge of the graph "
                f"({exc!r}); nothing was written"
            ) from exc
    if force:
        store.wipe()
    order = [*RESTORE_NODES.values(), *RESTORE_EDGES.values()]
    for name in order:
        for start in range(0, len(groups[name]), BATCH):
            store.write_named(name, {"rows": groups[name][start : start + BATCH]})
    return _restored(store, path, header)


def _restore_name(line: Line) -> str:
    if "node" in line:
        return RESTORE_NODES[line["node"]]
    return RESTORE_EDGES[(line["edge"], line["source"][0], line["target"][0])]


def _restore_row(line: Line) -> Line:
    if "node" in line:
        return {"props": line["props"]}
    return {"source": line["source"][1], "target": line["target"][1], "props": line["props"]}


def _restored(store: GraphStore, path: Path, header: Line) -> BackupSummary:
    """Return what was restored, checking it against the counts the header promised."""
    nodes = store.read_named("q_node_count").first()
    edges = sum(store.stats().edges.values())
    found = BackupSummary(path, nodes["nodes"] if nodes else 0, edges)
    if (found.nodes, found.edges) != (header["nodes"], header["edges"]):
        raise GraphStoreError(
            f"{path}: restored {found.nodes} nodes and {found.edges} edges, but the backup "
            f"holds {header['nodes']} and {header['edges']}: the file is incomplete or was "
            "restored onto other data; restore it again with --force"
        )
    return found
