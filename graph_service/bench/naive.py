"""The naive baseline: one ``MERGE`` per node or edge, each in its own transaction.

This is how a straightforward driver loader is written; the benchmark prints how much faster the
store's batched write path (a group of documents per transaction) is. It talks to the database
through the store's own connection on purpose: the baseline is a loader written against the
driver.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from graph_service.bench.load import Written
from graph_service.graph_models import GraphBatch
from graph_service.stores.cypher import cypher
from graph_service.stores.protocol import GraphStore

Run = Callable[[str, dict[str, Any]], None]


def node_query(label: str) -> str:
    """Return the naive node MERGE for a label.

    >>> node_query("Bureau").splitlines()[0]
    'MERGE (n:Bureau {id: $id})'
    """
    return cypher("naive_merge_node").replace("NodeLabel", label)


def edge_query(edge_type: str, source: str, target: str) -> str:
    """Return the naive edge MERGE for an edge type and its end labels.

    >>> edge_query("DIRECTED", "Meeting", "Bureau").splitlines()[2]
    'MERGE (a)-[e:DIRECTED {id: $id}]->(b)'
    """
    text = cypher("naive_merge_edge").replace("EDGE_TYPE", edge_type)
    return text.replace("SourceLabel", source).replace("TargetLabel", target)


def runner(store: GraphStore) -> Run:
    """Return a function running one write query in its own transaction on ``store``."""
    if store.dialect == "neo4j":
        driver, database = store._driver, store.database  # type: ignore[attr-defined]
        return lambda query, params: driver.execute_query(query, params, database_=database)
    graph = store._graph  # type: ignore[attr-defined]
    return lambda query, params: graph.query(query, params)


def naive_write(run: Run, batch: GraphBatch) -> None:
    """Write one document's nodes and edges one at a time."""
    labels = {node.id: node.label for node in batch.nodes}
    for node in batch.nodes:
        props = {"name": node.name, "docs": [batch.doc], **node.props}
        run(node_query(node.label), {"id": node.id, "props": props})
    for edge in batch.edges:
        query = edge_query(edge.type, labels[edge.source], labels[edge.target])
        props = {**edge.props, "source": edge.source, "target": edge.target}
        run(query, {"id": edge.id, "source": edge.source, "target": edge.target, "props": props})


def naive_load(store: GraphStore, batches: list[GraphBatch]) -> Written:
    """Load ``batches`` the naive way and return the timed figures."""
    run = runner(store)
    started = time.perf_counter()
    for batch in batches:
        naive_write(run, batch)
    elements = sum(len(b.nodes) + len(b.edges) for b in batches)
    return Written(len(batches), elements, time.perf_counter() - started)
